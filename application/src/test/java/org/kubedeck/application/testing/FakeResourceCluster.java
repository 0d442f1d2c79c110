package org.kubedeck.application.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Objects of one cluster kept in memory as the Kubernetes adapter would serve them: YAML without the server's
 * fields, Secret values masked, a resource version that moves on every write and guards replaces.
 */
public class FakeResourceCluster implements ResourceCluster {

    private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
    private final Map<String, Integer> versions = new LinkedHashMap<>();
    private int nextVersion = 100;
    private boolean unreachable;

    /** Stores a manifest as if someone applied it with kubectl. */
    public synchronized void put(String namespace, String manifest) {
        Map<String, Object> object = parse(manifest);
        metadata(object).put("namespace", namespace);
        store(kindOf(object), namespace, object);
    }

    public synchronized void delete(ResourceKind kind, String namespace, String name) {
        objects.remove(key(kind, namespace, name));
    }

    public synchronized boolean exists(ResourceKind kind, String namespace, String name) {
        return objects.containsKey(key(kind, namespace, name));
    }

    public synchronized void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    @Override
    public synchronized LiveResource create(ClusterAccess cluster, ResourceKind kind, String namespace, String yaml,
            boolean dryRun, SecretMask mask) {
        check();
        Map<String, Object> object = parse(yaml);
        metadata(object).put("namespace", namespace);
        String name = String.valueOf(metadata(object).get("name"));
        if (objects.containsKey(key(kind, namespace, name))) {
            throw new ConflictException(Message.of("kube.alreadyExists", "{0} already exists.", kind.kind()));
        }
        if (!dryRun) {
            store(kind, namespace, object);
        }
        return live(kind, namespace, object, mask);
    }

    /** Not used by the application's tests: patches are tried on the rig. */
    @Override
    public LiveResource patch(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            String mergePatch, SecretMask mask) {
        throw new UnsupportedOperationException("patch");
    }

    @Override
    public synchronized void delete(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            String propagation) {
        check();
        if (objects.remove(key(kind, namespace, name)) == null) {
            throw new NotFoundException(Message.of("kube.doesNotExist", "{0} does not exist.",
                    kind.kind() + " " + namespace + "/" + name));
        }
    }

    @Override
    public synchronized Optional<LiveResource> read(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name, SecretMask mask) {
        check();
        return Optional.ofNullable(objects.get(key(kind, namespace, name))).map(o -> live(kind, namespace, o, mask));
    }

    @Override
    public synchronized LiveResource replace(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            String yaml, String expectedResourceVersion, SecretMask mask) {
        return replaced(kind, namespace, name, yaml, expectedResourceVersion, mask, true);
    }

    @Override
    public synchronized LiveResource replaceDryRun(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name, String yaml, String expectedResourceVersion, SecretMask mask) {
        return replaced(kind, namespace, name, yaml, expectedResourceVersion, mask, false);
    }

    private LiveResource replaced(ResourceKind kind, String namespace, String name, String yaml,
            String expectedResourceVersion, SecretMask mask, boolean stored) {
        check();
        Map<String, Object> edited = parse(yaml);
        if (!kind.kind().equals(edited.get("kind")) || !name.equals(metadata(edited).get("name"))) {
            throw new InvalidInputException("yaml", "The YAML describes another object.");
        }
        String key = key(kind, namespace, name);
        Map<String, Object> current = objects.get(key);
        if (current == null) {
            throw new NotFoundException(kind.kind() + " " + namespace + "/" + name + " does not exist.");
        }
        if (!String.valueOf(versions.get(key)).equals(expectedResourceVersion)) {
            throw new ConflictException(kind.kind() + " " + namespace + "/" + name + " was changed meanwhile.");
        }
        if (kind.equals(ResourceKind.SECRET)) {
            keepMaskedValues(edited, current, mask);
        }
        metadata(edited).put("namespace", namespace);
        if (stored) {
            store(kind, namespace, edited);
        }
        return live(kind, namespace, edited, mask);
    }

    @Override
    public synchronized boolean apply(ClusterAccess cluster, String namespace, String manifest) {
        check();
        Map<String, Object> object = parse(manifest);
        metadata(object).put("namespace", namespace);
        ResourceKind kind = kindOf(object);
        boolean created = !objects.containsKey(key(kind, namespace, (String) metadata(object).get("name")));
        store(kind, namespace, object);
        return created;
    }

    @Override
    public synchronized List<LiveResource> list(ClusterAccess cluster, String namespace, SecretMask mask) {
        check();
        List<LiveResource> found = new ArrayList<>();
        objects.forEach((key, object) -> {
            ResourceKind kind = kindOf(object);
            if (kind.backedUp() && namespace.equals(metadata(object).get("namespace"))) {
                found.add(live(kind, namespace, object, mask));
            }
        });
        found.sort(Comparator.comparing(LiveResource::kind).thenComparing(LiveResource::name));
        return found;
    }

    @Override
    public String masked(String secretManifest, SecretMask mask) {
        return dump(masked(parse(secretManifest), mask));
    }

    private void store(ResourceKind kind, String namespace, Map<String, Object> object) {
        String key = key(kind, namespace, (String) metadata(object).get("name"));
        objects.put(key, object);
        versions.put(key, ++nextVersion);
    }

    private LiveResource live(ResourceKind kind, String namespace, Map<String, Object> object, SecretMask mask) {
        String name = (String) metadata(object).get("name");
        String manifest = dump(object);
        String yaml = kind.equals(ResourceKind.SECRET) ? dump(masked(object, mask)) : manifest;
        return new LiveResource(kind, name, String.valueOf(versions.get(key(kind, namespace, name))), yaml, manifest,
                null);
    }

    private static Map<String, Object> masked(Map<String, Object> secret, SecretMask mask) {
        Map<String, Object> masked = new LinkedHashMap<>(secret);
        if (secret.get("data") instanceof Map<?, ?> data) {
            Map<String, Object> maskedData = new LinkedHashMap<>();
            data.forEach((k, v) -> maskedData.put((String) k, mask.mask(Base64.getDecoder().decode((String) v))));
            masked.put("data", maskedData);
        }
        return masked;
    }

    @SuppressWarnings("unchecked")
    private static void keepMaskedValues(Map<String, Object> edited, Map<String, Object> current, SecretMask mask) {
        if (!(edited.get("data") instanceof Map<?, ?> data) || !(current.get("data") instanceof Map<?, ?> old)) {
            return;
        }
        Map<String, Object> values = (Map<String, Object>) data;
        values.replaceAll((k, v) -> old.get(k) instanceof String was
                && v.equals(mask.mask(Base64.getDecoder().decode(was))) ? was : v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
    }

    private static ResourceKind kindOf(Map<String, Object> object) {
        return ResourceKind.ofManifestKind((String) object.get("kind"))
                .orElseThrow(() -> new InvalidInputException("yaml", "Unknown kind " + object.get("kind")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String yaml) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (parsed instanceof Map<?, ?> map) {
                return new LinkedHashMap<>((Map<String, Object>) map);
            }
        } catch (RuntimeException e) {
            // Reported below, as the adapter does.
        }
        throw new InvalidInputException("yaml", "The YAML does not parse.");
    }

    private static String dump(Map<String, Object> object) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(object);
    }

    private static String key(ResourceKind kind, String namespace, String name) {
        return kind.code() + "/" + namespace + "/" + name;
    }

    private void check() {
        if (unreachable) {
            throw new ClusterUnavailableException("The cluster did not answer within 5 s.");
        }
    }

    /** A Secret's data value as a manifest carries it. */
    public static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
