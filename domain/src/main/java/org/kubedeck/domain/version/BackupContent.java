package org.kubedeck.domain.version;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.version.Backup.BackupObject;

/**
 * Everything of a backup but its summary, sealed as one text: each object's YAML in the backup's order, Secret
 * values masked, then each Secret's complete manifest in the same order. Every document starts with a
 * {@code ---} line; the number of objects, kept in the clear, says where the masked part ends.
 *
 * @param yaml            what a user reads and downloads, and what is compared with the live namespace
 * @param secretManifests what a restore applies for the Secrets
 */
public record BackupContent(String yaml, String secretManifests) {

    public static final String SEPARATOR = "---\n";

    public String text() {
        return yaml + secretManifests;
    }

    /** The content of a backup of {@code objects} objects, from its {@link #text()}. */
    public static BackupContent of(String text, int objects) {
        int secrets = documentStart(text, objects);
        return new BackupContent(text.substring(0, secrets), text.substring(secrets));
    }

    /**
     * The same content with each Secret's document in {@link #yaml} made anew from its complete manifest by
     * {@code mask} (the resource history's masking): for the key rotation, after which the masks are the new key's.
     *
     * @param objects the backup's objects, in its order
     */
    public BackupContent masked(List<BackupObject> objects, UnaryOperator<String> mask) {
        List<String> documents = documents();
        Iterator<String> secrets = secretDocuments().iterator();
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            boolean secret = i < objects.size() && objects.get(i).kind().equals(ResourceKind.SECRET)
                    && secrets.hasNext();
            masked.append(SEPARATOR).append(secret ? mask.apply(secrets.next()) : documents.get(i));
        }
        return new BackupContent(masked.toString(), secretManifests);
    }

    /** Where document {@code n} (counted from 0) starts, at its separator; the end when there are fewer. */
    private static int documentStart(String text, int n) {
        String lines = "\n" + text;
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = lines.indexOf("\n" + SEPARATOR, at + 1);
            if (at < 0) {
                return text.length();
            }
        }
        return at;
    }

    /** The masked documents, one per object in the backup's order. */
    public List<String> documents() {
        return documents(yaml);
    }

    /** The complete manifests, one per Secret in the backup's order. */
    public List<String> secretDocuments() {
        return documents(secretManifests);
    }

    private static List<String> documents(String yaml) {
        List<String> documents = new ArrayList<>();
        for (String part : ("\n" + yaml).split("\n---\n", -1)) {
            if (!part.isBlank()) {
                documents.add(part.startsWith("\n") ? part.substring(1) : part);
            }
        }
        return documents.stream().map(doc -> doc.endsWith("\n") ? doc : doc + "\n").toList();
    }
}
