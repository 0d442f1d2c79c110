package org.kubedeck.domain.kube;

/**
 * One object as the API server answered a read or a change of it.
 *
 * @param yaml     normalized, each Secret {@code data} value replaced by its mask ({@code stringData} never
 *                 comes back from a server)
 * @param manifest for Secrets, normalized with the values in clear, to seal for a rollback or a restore; for
 *                 every other kind equal to {@code yaml}
 */
public record LiveResource(ResourceKind kind, String name, String resourceVersion, String yaml, String manifest) {
}
