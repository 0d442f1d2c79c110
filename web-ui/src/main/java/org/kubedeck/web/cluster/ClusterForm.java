package org.kubedeck.web.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.springframework.web.multipart.MultipartFile;

/** The cluster form: the kubeconfig is pasted or uploaded, and never shown back. */
public class ClusterForm {

    private String name = "";
    private String displayName = "";
    private String tags = "";
    private String groups = "";
    private String provider = "";
    private String region = "";
    private String context = "";
    private String kubeconfig = "";
    private MultipartFile kubeconfigFile;
    private boolean impersonate;

    public static ClusterForm of(Cluster cluster) {
        ClusterForm form = new ClusterForm();
        form.name = cluster.name().value();
        form.displayName = cluster.displayName();
        form.tags = String.join(", ", cluster.tagTexts());
        form.groups = String.join(", ", cluster.groups());
        form.provider = cluster.provider() == null ? "" : cluster.provider().code();
        form.region = cluster.region() == null ? "" : cluster.region();
        form.context = cluster.context() == null ? "" : cluster.context();
        form.impersonate = cluster.impersonate();
        return form;
    }

    /** {@code env=prod, eu}: each tag a key and a value, or a key alone. */
    public Map<String, String> tagMap() {
        return Cluster.tags(words(tags));
    }

    public List<String> groupList() {
        return words(groups);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("[,\\s]+")).filter(t -> !t.isBlank())
                .toList();
    }

    /** The uploaded file wins over the text area; empty means "keep the current one" on edit. */
    public Optional<Kubeconfig> kubeconfigContent() {
        try {
            if (kubeconfigFile != null && !kubeconfigFile.isEmpty()) {
                if (kubeconfigFile.getSize() > Kubeconfig.MAX_LENGTH) {
                    throw new InvalidInputException("kubeconfig_content", Message.of("cluster.kubeconfigHasMostMib",
                            "A kubeconfig has at most 1 MiB."));
                }
                return Optional.of(new Kubeconfig(new String(kubeconfigFile.getBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new InvalidInputException("kubeconfig_content", Message.of("cluster.uploadedFileCouldNot",
                    "The uploaded file could not be read."));
        }
        return Optional.ofNullable(kubeconfig).filter(k -> !k.isBlank()).map(Kubeconfig::new);
    }

    /**
     * After a refusal, what was pasted comes back to the same user, so that a kubeconfig can be corrected rather
     * than pasted again (the answer is never cached, and nothing logs it); an uploaded file cannot be put back.
     *
     * @return whether a file was uploaded and must be chosen again
     */
    public boolean keepPastedKubeconfig() {
        boolean uploaded = kubeconfigFile != null && !kubeconfigFile.isEmpty();
        kubeconfigFile = null;
        return uploaded;
    }

    public String getGroups() {
        return groups;
    }

    public void setGroups(String groups) {
        this.groups = groups;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getKubeconfig() {
        return kubeconfig;
    }

    public void setKubeconfig(String kubeconfig) {
        this.kubeconfig = kubeconfig;
    }

    public boolean isImpersonate() {
        return impersonate;
    }

    public void setImpersonate(boolean impersonate) {
        this.impersonate = impersonate;
    }

    public MultipartFile getKubeconfigFile() {
        return kubeconfigFile;
    }

    public void setKubeconfigFile(MultipartFile kubeconfigFile) {
        this.kubeconfigFile = kubeconfigFile;
    }
}
