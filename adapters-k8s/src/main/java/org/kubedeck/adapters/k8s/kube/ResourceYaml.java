package org.kubedeck.adapters.k8s.kube;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.adapters.k8s.JsonFields;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceKind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Objects of a cluster as the YAML a user reads, edits and versions, and that YAML back as objects. Objects are
 * Gson trees, as client-java's generic API carries them. Every function but {@link #metadata} (which hands out the
 * object's own metadata to change) leaves its arguments as they are.
 */
final class ResourceYaml {

    /** The form field that YAML errors are reported on. */
    static final String FIELD = "yaml";

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    /**
     * Written by the Deployment controller a moment after each change of the pod template: kept, every change made
     * through the console would be followed by one "made outside the console".
     */
    static final String DEPLOYMENT_REVISION = "deployment.kubernetes.io/revision";

    private static final List<String> CLUSTER_OWNED_METADATA = List.of("managedFields", "resourceVersion", "uid",
            "creationTimestamp", "generation", "selfLink");

    private ResourceYaml() {
    }

    /**
     * A copy without what the cluster owns: {@code status}, the metadata listed in the
     * {@link org.kubedeck.application.kube.port.out.ResourceCluster port}, kubectl's last-applied annotation (it
     * repeats the whole object, a Secret's values included), the Deployment controller's revision annotation and an
     * annotations map left empty. Keys keep their order.
     */
    static JsonObject normalized(JsonObject object) {
        JsonObject copy = object.deepCopy();
        copy.remove("status");
        if (copy.get("metadata") instanceof JsonObject metadata) {
            CLUSTER_OWNED_METADATA.forEach(metadata::remove);
            if (metadata.get("annotations") instanceof JsonObject annotations) {
                annotations.remove(LAST_APPLIED);
                annotations.remove(DEPLOYMENT_REVISION);
                if (annotations.size() == 0) {
                    metadata.remove("annotations");
                }
            }
        }
        return copy;
    }

    /**
     * The field manager of the object's latest change, from {@code metadata.managedFields}: the entry with the
     * latest time among those not of a subresource (a status update is the cluster's, not a change of the object).
     * Null when the object carries none.
     */
    static String lastManager(JsonObject object) {
        if (!(object.get("metadata") instanceof JsonObject metadata)
                || !(metadata.get("managedFields") instanceof JsonArray entries)) {
            return null;
        }
        String latest = null;
        String manager = null;
        for (JsonElement element : entries) {
            if (element instanceof JsonObject entry && !entry.has("subresource") && entry.has("manager")) {
                String time = entry.has("time") ? entry.get("time").getAsString() : "";
                // RFC 3339 times of one server, all in UTC: their text sorts as they follow each other.
                if (latest == null || time.compareTo(latest) >= 0) {
                    latest = time;
                    manager = entry.get("manager").getAsString();
                }
            }
        }
        return manager;
    }

    /**
     * The object with {@code apiVersion} and {@code kind} first when it lacks them, as the items of a list do. The
     * object itself when it has both.
     */
    static JsonObject withTypeMeta(JsonObject object, ResourceKind kind) {
        if (object.has("apiVersion") && object.has("kind")) {
            return object;
        }
        JsonObject typed = new JsonObject();
        typed.add("apiVersion", object.has("apiVersion") ? object.get("apiVersion").deepCopy()
                : new JsonPrimitive(kind.apiVersion()));
        typed.add("kind", object.has("kind") ? object.get("kind").deepCopy() : new JsonPrimitive(kind.kind()));
        object.entrySet().stream()
                .filter(entry -> !typed.has(entry.getKey()))
                .forEach(entry -> typed.add(entry.getKey(), entry.getValue().deepCopy()));
        return typed;
    }

    /** A copy of a Secret with each {@code data} value (base64) replaced by the mask of the bytes it encodes. */
    static JsonObject masked(JsonObject secret, SecretMask mask) {
        JsonObject copy = secret.deepCopy();
        if (copy.get("data") instanceof JsonObject data) {
            for (Map.Entry<String, JsonElement> entry : data.entrySet()) {
                byte[] value = Base64.getDecoder().decode(entry.getValue().getAsString());
                entry.setValue(new JsonPrimitive(mask.mask(value)));
            }
        }
        return copy;
    }

    /**
     * A copy of a Secret edited from its masked form: a {@code data} value still equal to the mask of the current
     * value of its key gets the current value back; every other value must be base64, as the API expects it.
     */
    static JsonObject unmasked(JsonObject edited, JsonObject current, SecretMask mask) {
        JsonObject copy = edited.deepCopy();
        if (!(copy.get("data") instanceof JsonObject data)) {
            return copy;
        }
        JsonObject currentData = current.get("data") instanceof JsonObject values ? values : new JsonObject();
        for (Map.Entry<String, JsonElement> entry : data.entrySet()) {
            String key = entry.getKey();
            String value = isString(entry.getValue()) ? entry.getValue().getAsString() : null;
            if (value != null && isString(currentData.get(key))) {
                String currentValue = currentData.get(key).getAsString();
                if (value.equals(mask.mask(Base64.getDecoder().decode(currentValue)))) {
                    entry.setValue(new JsonPrimitive(currentValue));
                    continue;
                }
            }
            if (value == null || !isBase64(value)) {
                throw new InvalidInputException(FIELD, Message.of("kube.secretValueNotBase",
                        "Secret value of '{0}' is not base64.", key));
            }
        }
        return copy;
    }

    /**
     * Block-style YAML with two-space indents, ending in one newline. Multi-line strings are literal blocks, so a
     * file kept in a ConfigMap reads as the file; strings that would read back as something else are quoted.
     */
    static String text(JsonObject object) {
        return dumper().dump(plain(object));
    }

    /** The mapping {@code yaml} holds; InvalidInputException (field {@code yaml}) when it holds anything else. */
    static JsonObject parse(String yaml) {
        Object loaded;
        try {
            loaded = loader().load(yaml == null ? "" : yaml);
        } catch (YAMLException e) {
            throw new InvalidInputException(FIELD, Message.of("kube.yamlDoesNotParse",
                    "The YAML does not parse: {0}", reason(e)));
        }
        if (!(loaded instanceof Map<?, ?> mapping)) {
            throw new InvalidInputException(FIELD, Message.of("kube.yamlDoesNotParse2",
                    "The YAML does not parse: it holds no object (a mapping of fields such as apiVersion, kind and "
                    + "metadata)."));
        }
        return (JsonObject) json(mapping);
    }

    /** The text at {@code path} (a string or number), or null when it is missing or null. */
    static String string(JsonObject object, String... path) {
        return JsonFields.text(object, path);
    }

    /** {@code metadata}, created empty when it is missing; InvalidInputException when it is not a mapping. */
    static JsonObject metadata(JsonObject object) {
        JsonElement metadata = object.get("metadata");
        if (metadata == null || metadata.isJsonNull()) {
            JsonObject created = new JsonObject();
            object.add("metadata", created);
            return created;
        }
        if (!metadata.isJsonObject()) {
            throw new InvalidInputException(FIELD, Message.of("kube.yamlSMetadataNot",
                    "The YAML's metadata is not a mapping of fields."));
        }
        return metadata.getAsJsonObject();
    }

    private static Yaml dumper() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setExplicitStart(false);
        options.setSplitLines(false);
        return new Yaml(new LiteralBlocks(options), options);
    }

    /**
     * Safe types only, and timestamps stay text: Kubernetes has no timestamp type in YAML, and a date read as a
     * java.util.Date would come back in another format. Duplicate keys are an error, as for kubectl.
     */
    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new TimestampsAsText(options));
    }

    /** What went wrong and where, in one line. */
    private static String reason(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            Mark mark = marked.getProblemMark();
            return marked.getProblem() + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column "
                    + (mark.getColumn() + 1) + ")");
        }
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Gson's tree as maps, lists and plain values for SnakeYAML; whole numbers become Long or BigInteger. */
    private static Object plain(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            element.getAsJsonObject().entrySet().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        if (element.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            element.getAsJsonArray().forEach(item -> list.add(plain(item)));
            return list;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            return number(new BigDecimal(primitive.getAsNumber().toString()));
        }
        return primitive.getAsString();
    }

    /** What SnakeYAML read as a Gson tree; keys become text, whole numbers integers, as kubectl sends them. */
    private static JsonElement json(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, item) -> object.add(String.valueOf(key), json(item)));
            return object;
        }
        if (value instanceof Collection<?> items) {
            JsonArray array = new JsonArray();
            items.forEach(item -> array.add(json(item)));
            return array;
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        if (value instanceof Double real && !Double.isFinite(real)) {
            throw new InvalidInputException(FIELD, Message.of("kube.yamlHoldsNumberWhich",
                    "The YAML holds the number {0}, which Kubernetes cannot store.", real));
        }
        if (value instanceof Number number) {
            Object normalized = number(new BigDecimal(number.toString()));
            return normalized instanceof Double real ? new JsonPrimitive(real) : new JsonPrimitive((Number) normalized);
        }
        if (value instanceof byte[] binary) {
            // !!binary: base64 in the YAML, base64 in JSON.
            return new JsonPrimitive(Base64.getEncoder().encodeToString(binary));
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    /** 3 and 3.0 are the whole number 3; anything with a fraction stays a double. */
    private static Object number(BigDecimal decimal) {
        if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
            BigInteger whole = decimal.toBigIntegerExact();
            return whole.bitLength() < Long.SIZE ? (Object) whole.longValueExact() : whole;
        }
        return decimal.doubleValue();
    }

    private static boolean isString(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    private static boolean isBase64(String value) {
        try {
            Base64.getDecoder().decode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final class TimestampsAsText extends SafeConstructor {

        TimestampsAsText(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    /**
     * Multi-line strings as literal blocks ({@code |}), or double-quoted with {@code \n} when they end in more than
     * one newline: their block ({@code |+}) would leave the YAML ending in several newlines. Where a literal block
     * cannot hold the text (trailing spaces, control characters) SnakeYAML quotes it.
     */
    private static final class LiteralBlocks extends Representer {

        LiteralBlocks(DumperOptions options) {
            super(options);
            representers.put(String.class, data -> {
                String text = (String) data;
                if (text.indexOf('\n') < 0) {
                    return representScalar(Tag.STR, text);
                }
                return representScalar(Tag.STR, text, text.endsWith("\n\n") ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                        : DumperOptions.ScalarStyle.LITERAL);
            });
        }
    }
}
