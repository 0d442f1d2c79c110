package org.kubedeck.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionDraft;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.kube.YamlVersion;

/**
 * Versions in memory, one lock for all. Like the database, recording a version counts as looking at the resource,
 * and {@link #tracked} hands out the resources looked at longest ago; a counter stands in for the clock.
 */
public class InMemoryVersionStore implements VersionStore {

    private final Map<String, Stored> versions = new LinkedHashMap<>();
    private final Map<ResourceRef, Long> checked = new HashMap<>();
    private long lastId;
    private long lastCheck;

    @Override
    public synchronized Optional<YamlVersion> record(VersionDraft draft, SealedSecret sealedManifest) {
        return VersionHistory.next(latest(draft.resource()), draft).map(next -> {
            YamlVersion version = new YamlVersion(Long.toString(++lastId), draft.resource(), next.version(),
                    next.author(), draft.at(), next.note(), null, draft.yaml(), next.diff());
            versions.put(version.id(), new Stored(version, sealedManifest));
            checked.put(draft.resource(), ++lastCheck);
            return version;
        });
    }

    @Override
    public synchronized List<YamlVersion> record(List<SealedDraft> drafts) {
        List<YamlVersion> made = new ArrayList<>();
        drafts.forEach(sealed -> record(sealed.draft(), sealed.sealedManifest()).ifPresent(made::add));
        return made;
    }

    @Override
    public synchronized Optional<YamlVersion> latest(ResourceRef resource) {
        return list(resource, 1).stream().findFirst();
    }

    @Override
    public synchronized List<YamlVersion> list(ResourceRef resource, int limit) {
        return versions.values().stream().map(Stored::version).filter(v -> v.resource().equals(resource))
                .sorted(Comparator.comparingInt(YamlVersion::version).reversed()).limit(Math.max(0, limit)).toList();
    }

    @Override
    public synchronized Optional<YamlVersion> find(String id) {
        return Optional.ofNullable(versions.get(id)).map(Stored::version);
    }

    @Override
    public synchronized Optional<SealedSecret> sealedManifest(String id) {
        return Optional.ofNullable(versions.get(id)).map(Stored::sealed);
    }

    @Override
    public synchronized Map<String, SealedSecret> sealedUnder(Set<String> keyIds, int limit) {
        Map<String, SealedSecret> sealed = new LinkedHashMap<>();
        versions.values().stream()
                .filter(stored -> stored.sealed() != null && keyIds.contains(stored.sealed().keyId()))
                .limit(Math.max(0, limit))
                .forEach(stored -> sealed.put(stored.version().id(), stored.sealed()));
        return sealed;
    }

    @Override
    public synchronized boolean seal(String id, String yaml, SealedSecret sealedManifest) {
        Stored stored = versions.get(id);
        if (stored == null || stored.sealed() == null) {
            return false;
        }
        YamlVersion v = stored.version();
        YamlVersion sealed = withYaml(v, yaml, VersionHistory.diff(neighbour(v, -1), v.version(), yaml));
        versions.put(id, new Stored(sealed, sealedManifest));
        neighbour(v, 1).ifPresent(next -> versions.computeIfPresent(next.id(), (key, later) -> new Stored(
                withYaml(next, next.yaml(), VersionHistory.diff(Optional.of(sealed), next.version(), next.yaml())),
                later.sealed())));
        return true;
    }

    /** The version just before ({@code -1}) or after ({@code 1}) {@code version} of the same resource. */
    private Optional<YamlVersion> neighbour(YamlVersion version, int step) {
        return versions.values().stream().map(Stored::version)
                .filter(v -> v.resource().equals(version.resource()) && v.version() == version.version() + step)
                .findFirst();
    }

    private static YamlVersion withYaml(YamlVersion v, String yaml, String diff) {
        return new YamlVersion(v.id(), v.resource(), v.version(), v.author(), v.createdAt(), v.note(), v.tag(), yaml,
                diff);
    }

    @Override
    public synchronized boolean tag(String id, String tag) {
        Stored stored = versions.get(id);
        if (stored == null) {
            return false;
        }
        YamlVersion v = stored.version();
        versions.put(id, new Stored(new YamlVersion(v.id(), v.resource(), v.version(), v.author(), v.createdAt(),
                v.note(), tag, v.yaml(), v.diff()), stored.sealed()));
        return true;
    }

    /** Everything handed out in one call is marked looked at together, as one statement's {@code now()} does. */
    @Override
    public synchronized List<ResourceRef> tracked(int limit) {
        List<ResourceRef> oldest = checked.entrySet().stream()
                .sorted(Map.Entry.<ResourceRef, Long>comparingByValue())
                .limit(Math.max(0, limit)).map(Map.Entry::getKey).toList();
        long now = ++lastCheck;
        oldest.forEach(resource -> checked.put(resource, now));
        return oldest;
    }

    private record Stored(YamlVersion version, SealedSecret sealed) {
    }
}
