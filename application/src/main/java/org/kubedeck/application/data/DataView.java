package org.kubedeck.application.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.data.port.out.DataCluster.Value;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.data.DataEntry;
import org.kubedeck.domain.kube.ResourceKind;

/** Values as the data use cases show them: a ConfigMap's text, a Secret's masked, binary content by size only. */
final class DataView {

    private DataView() {
    }

    static List<DataEntry> entries(List<Value> values, ResourceKind kind, SecretMask mask) {
        boolean secret = kind.equals(ResourceKind.SECRET);
        return values.stream().map(value -> {
            Optional<String> text = value.binary() ? Optional.empty() : text(value.bytes());
            String shown = text.isEmpty() ? "" : secret ? mask.mask(value.bytes()) : text.get();
            return new DataEntry(value.key(), shown, value.bytes().length, text.isEmpty(), secret && text.isPresent());
        }).toList();
    }

    /** The bytes as UTF-8 text, or empty when they are not. */
    static Optional<String> text(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
