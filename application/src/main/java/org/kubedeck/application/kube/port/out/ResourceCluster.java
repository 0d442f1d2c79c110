package org.kubedeck.application.kube.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * Namespaced objects of the {@link ResourceKind}s as YAML. "Normalized" YAML leaves out what the cluster owns:
 * {@code metadata.managedFields}, {@code resourceVersion}, {@code uid}, {@code creationTimestamp},
 * {@code generation}, {@code selfLink}, the {@code kubectl.kubernetes.io/last-applied-configuration} annotation,
 * the {@code deployment.kubernetes.io/revision} annotation that the Deployment controller writes after each change
 * of the pod template (and an annotations map left empty), and {@code status}; keys keep the API server's order.
 * Every method throws ClusterUnavailableException when the cluster cannot be reached in time.
 */
public interface ResourceCluster {

    /** The object as it is now, or empty when it does not exist. */
    Optional<LiveResource> read(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            SecretMask mask);

    /**
     * Replaces the object with {@code yaml} (as a user edited the normalized form) provided it is still at
     * {@code expectedResourceVersion}. The YAML's kind, namespace and name must be the object's
     * (InvalidInputException, field {@code yaml}, otherwise, as for YAML that does not parse). For a Secret, a value
     * still equal to the mask of the current value keeps the current value. ConflictException when the object
     * changed meanwhile; InvalidInputException (field {@code yaml}) with the API server's words when it refuses the
     * content; NotFoundException when the object is gone. Returns the object as stored.
     */
    LiveResource replace(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String yaml,
            String expectedResourceVersion, SecretMask mask);

    /**
     * As {@link #replace}, as the API server's dry run: the change checked all the way (admission, schema, the
     * version it was loaded at) and nothing stored. Returns the object as it would be.
     */
    LiveResource replaceDryRun(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String yaml,
            String expectedResourceVersion, SecretMask mask);

    /**
     * Creates the object of a complete manifest (Secret values in clear), or replaces it at whatever version it is
     * now. Returns whether it was created.
     */
    boolean apply(ClusterAccess cluster, String namespace, String manifest);

    /**
     * Creates the object {@code yaml} describes (a kind it names must be {@code kind}, a namespace it names must be
     * {@code namespace}); with {@code dryRun}, the API server checks it all and stores nothing. InvalidInputException
     * (field {@code yaml}) when the YAML does not parse or the API server refuses it, with its words (which name the
     * failing field); ConflictException when an object of that name exists. Returns the object as stored (or as it
     * would be).
     */
    LiveResource create(ClusterAccess cluster, ResourceKind kind, String namespace, String yaml, boolean dryRun,
            SecretMask mask);

    /**
     * Applies a JSON merge patch to the object, which the rest of it keeps. NotFoundException when there is none;
     * InvalidInputException (field {@code yaml}) when the API server refuses the result. Returns the object as stored.
     */
    LiveResource patch(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String mergePatch,
            SecretMask mask);

    /**
     * Deletes the object; its dependents go as {@code propagation} says ({@code Background}, {@code Foreground}
     * or {@code Orphan}). NotFoundException when there is no such object.
     */
    void delete(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String propagation);

    /** Every object of the kinds backed up ({@link ResourceKind#backedUp()}) in the namespace, by kind then name. */
    List<LiveResource> list(ClusterAccess cluster, String namespace, SecretMask mask);

    /**
     * What a Secret's complete manifest (the {@code manifest} of a {@link LiveResource}) is shown as under
     * {@code mask}: that resource's {@code yaml}, when read with the same mask. Asks no cluster.
     */
    String masked(String secretManifest, SecretMask mask);

    /** Turns a Secret value into what is shown and versioned instead of it. */
    @FunctionalInterface
    interface SecretMask {
        String mask(byte[] value);
    }
}
