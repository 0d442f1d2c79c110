package org.kubedeck.domain.cluster;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** The text of a kubeconfig file: credentials, so toString never shows it. */
public record Kubeconfig(String content) {

    public static final int MAX_LENGTH = 1024 * 1024;

    public Kubeconfig {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException("kubeconfig_content", Message.of("cluster.pasteUploadKubeconfig",
                    "Paste or upload a kubeconfig."));
        }
        if (content.length() > MAX_LENGTH) {
            throw new InvalidInputException("kubeconfig_content", Message.of("cluster.kubeconfigHasMostMib",
                    "A kubeconfig has at most 1 MiB."));
        }
    }

    @Override
    public String toString() {
        return "Kubeconfig[hidden]";
    }
}
