package org.kubedeck.application.kube.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionDraft;
import org.kubedeck.domain.kube.YamlVersion;

/** Every resource's versions, shared by every replica. */
public interface VersionStore {

    /**
     * Records the draft as the resource's next version ({@code VersionHistory.next}) unless its YAML equals the
     * latest version's; atomic per resource across replicas, so the same change seen twice is recorded once.
     * {@code sealedManifest} is the complete Secret, or null for other kinds. Returns the new version, or empty
     * when nothing changed.
     */
    Optional<YamlVersion> record(VersionDraft draft, SealedSecret sealedManifest);

    /**
     * Records drafts of one resource in order, each as {@link #record(VersionDraft, SealedSecret)} would, under
     * one lock and one look at the latest version: the state a change found and the state it left. Returns the
     * versions made.
     */
    List<YamlVersion> record(List<SealedDraft> drafts);

    /** A draft with the complete Secret it stands for, or null for other kinds. */
    record SealedDraft(VersionDraft draft, SealedSecret sealedManifest) {
    }

    Optional<YamlVersion> latest(ResourceRef resource);

    /** Newest first, at most {@code limit}. */
    List<YamlVersion> list(ResourceRef resource, int limit);

    Optional<YamlVersion> find(String id);

    /** The sealed complete Secret of a Secret's version; empty for other kinds. */
    Optional<SealedSecret> sealedManifest(String id);

    /** For the key rotation: up to {@code limit} versions whose complete Secret one of {@code keyIds} sealed, by id. */
    Map<String, SealedSecret> sealedUnder(Set<String> keyIds, int limit);

    /**
     * For the key rotation: replaces a Secret's version's YAML (masked anew) and its sealed complete Secret; the
     * diffs of this version and of the next one follow the new YAML. False when no Secret's version has that id.
     */
    boolean seal(String id, String yaml, SealedSecret sealedManifest);

    /** Sets or replaces the version's tag; false when no version has that id. */
    boolean tag(String id, String tag);

    /** Resources that have a history, to look for changes made outside the console; oldest checked first. */
    List<ResourceRef> tracked(int limit);
}
