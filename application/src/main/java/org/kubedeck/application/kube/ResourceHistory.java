package org.kubedeck.application.kube;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.kube.port.out.VersionStore.SealedDraft;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionDraft;
import org.kubedeck.domain.kube.YamlVersion;

/**
 * Records resources' states as versions, for every use case that changes a resource. Secret values never reach a
 * version in clear: the YAML carries a keyed fingerprint of each value, and the complete Secret is sealed apart.
 */
public class ResourceHistory {

    private final ResourceCluster resources;
    private final VersionStore versions;
    private final SecretBox secrets;
    private final Clock clock;
    private final SecretMask mask;

    public ResourceHistory(ResourceCluster resources, VersionStore versions, SecretBox secrets, Clock clock) {
        this.resources = resources;
        this.versions = versions;
        this.secrets = secrets;
        this.clock = clock;
        this.mask = value -> "<hidden:" + secrets.fingerprint(value) + ">";
    }

    /** What a Secret value is shown as: {@code <hidden:3fa1c2d4e5f60718>}, equal for equal values. */
    public SecretMask mask() {
        return mask;
    }

    /**
     * What a Secret's complete manifest is shown, versioned and backed up as under the current key: for the key
     * rotation, which masks anew what the previous key's fingerprints masked.
     */
    public String masked(String secretManifest) {
        return resources.masked(secretManifest, mask);
    }

    /** Records the state as the next version unless it equals the latest; returns the new version if any. */
    public Optional<YamlVersion> record(ResourceRef resource, LiveResource state, String author, String note) {
        SealedDraft draft = draft(resource, state, author, note);
        return versions.record(draft.draft(), draft.sealedManifest());
    }

    /**
     * Reads the resource and records a state not seen yet: the first one as {@value YamlVersion#FIRST_SEEN}, a
     * later one as a change made outside the console ({@value YamlVersion#EXTERNAL}). Empty when the resource
     * does not exist.
     */
    public Optional<LiveResource> observe(ClusterAccess cluster, ResourceRef resource) {
        Optional<LiveResource> live = read(cluster, resource);
        // The store sees whether the history is new, under its lock: no read of the latest version first.
        live.ifPresent(state -> record(resource, state, YamlVersion.EXTERNAL, state.externalNote()));
        return live;
    }

    /**
     * Carries out a change of the resource with its history around it: the state before is recorded first when it
     * changed elsewhere (so the next version's diff is this change alone), then the state after as
     * {@code author}'s. The history is a record of the change, not part of it: when recording fails, the change
     * stands, and the next look at the resource records it.
     */
    public <T> T change(ClusterAccess cluster, ResourceRef resource, String author, String note, Supplier<T> change) {
        Optional<LiveResource> before = quietly(() -> read(cluster, resource));
        T result = change.get();
        quietly(() -> read(cluster, resource)).ifPresent(after -> recordAround(resource, before, after, author, note));
        return result;
    }

    /**
     * Like {@link #change}, for a change that answers with the resource's new state: that state is recorded as it
     * is, without reading the resource again.
     */
    public LiveResource changeTo(ClusterAccess cluster, ResourceRef resource, String author, String note,
            Supplier<LiveResource> change) {
        Optional<LiveResource> before = quietly(() -> read(cluster, resource));
        LiveResource after = change.get();
        recordAround(resource, before, after, author, note);
        return after;
    }

    /** The state found before a change (if it was read) and the state after it, recorded together. */
    private void recordAround(ResourceRef resource, Optional<LiveResource> before, LiveResource after, String author,
            String note) {
        List<SealedDraft> drafts = new ArrayList<>();
        before.ifPresent(state -> drafts.add(draft(resource, state, YamlVersion.EXTERNAL, state.externalNote())));
        drafts.add(draft(resource, after, author, note));
        quietly(() -> Optional.of(versions.record(drafts)));
    }

    private SealedDraft draft(ResourceRef resource, LiveResource state, String author, String note) {
        SealedSecret sealed = resource.kind().equals(ResourceKind.SECRET) ? secrets.seal(state.manifest()) : null;
        return new SealedDraft(new VersionDraft(resource, state.yaml(), author, note, clock.instant()), sealed);
    }

    /** See change(): the change itself does not depend on its record, so a failing record is left out. */
    private static <T> Optional<T> quietly(Supplier<Optional<T>> recording) {
        try {
            return recording.get();
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private Optional<LiveResource> read(ClusterAccess cluster, ResourceRef resource) {
        return resources.read(cluster, resource.kind(), resource.namespace(), resource.name(), mask);
    }

    /** The complete manifest a version stands for: the sealed Secret opened, else the version's YAML. */
    public String manifest(YamlVersion version) {
        return versions.sealedManifest(version.id()).map(secrets::open).orElse(version.yaml());
    }
}
