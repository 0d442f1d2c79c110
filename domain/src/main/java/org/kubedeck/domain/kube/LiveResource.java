package org.kubedeck.domain.kube;

/**
 * One object as the API server answered a read or a change of it.
 *
 * @param yaml     normalized, each Secret {@code data} value replaced by its mask ({@code stringData} never
 *                 comes back from a server)
 * @param manifest for Secrets, normalized with the values in clear, to seal for a rollback or a restore; for
 *                 every other kind equal to {@code yaml}
 * @param changedBy the field manager of the object's latest change outside its status, as the server records it
 *                  ({@code kubectl-edit}, {@code kube-controller-manager}); null where the server does not say
 */
public record LiveResource(ResourceKind kind, String name, String resourceVersion, String yaml, String manifest,
        String changedBy) {

    /** What a version of this state made outside the console says: who changed it, where the server knows. */
    public String externalNote() {
        return YamlVersion.externalNote(changedBy);
    }
}
