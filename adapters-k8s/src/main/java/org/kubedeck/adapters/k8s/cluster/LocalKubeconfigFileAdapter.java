package org.kubedeck.adapters.k8s.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kubedeck.application.cluster.port.out.LocalKubeconfig;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Finds the kubeconfig kubectl would use on this machine: the first file in KUBECONFIG, else ~/.kube/config. */
@Component
class LocalKubeconfigFileAdapter implements LocalKubeconfig {

    private static final Logger log = LoggerFactory.getLogger(LocalKubeconfigFileAdapter.class);

    @Override
    public Optional<Found> find() {
        Path path = location();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return Optional.empty();
        }
        try {
            if (Files.size(path) > Kubeconfig.MAX_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(new Found(path.toString(), new Kubeconfig(Files.readString(path,
                    StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
            log.info("The local kubeconfig {} cannot be read: {}", path, e.getMessage());
            return Optional.empty();
        }
    }

    private static Path location() {
        String variable = System.getenv("KUBECONFIG");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable.split(File.pathSeparator)[0]);
        }
        return Path.of(System.getProperty("user.home"), ".kube", "config");
    }
}
