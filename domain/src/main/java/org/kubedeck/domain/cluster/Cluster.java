package org.kubedeck.domain.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.PrintableText;

/**
 * A registered Kubernetes cluster. Its kubeconfig is kept apart, sealed; this is what may be shown.
 *
 * @param tags     {@code env=prod}: a key and a value, which may be empty
 * @param groups   the names of the groups it belongs to
 * @param provider as its admins chose it; null to take the one its nodes name ({@link #effectiveProvider})
 * @param region   as its admins wrote it; null to take the one its nodes name
 * @param facts       what the last sync read of it
 * @param impersonate whether requests made for a person impersonate them, so that the cluster's own RBAC decides
 *                    and its audit log names them ({@link Identity})
 */
public record Cluster(ClusterName name, String displayName, Map<String, String> tags, List<String> groups,
        Provider provider, String region, String context, Instant createdAt, ClusterHealth health,
        ClusterFacts facts, boolean impersonate) {

    public static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,62}");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N}._-]{0,63}");

    /** A cluster without groups, chosen provider or region, nor facts yet. */
    public Cluster(ClusterName name, String displayName, List<String> tags, String context, Instant createdAt,
            ClusterHealth health) {
        this(name, displayName, tags(tags), List.of(), null, null, context, createdAt, health, null);
    }

    /** A cluster whose requests are made as the console's credential. */
    public Cluster(ClusterName name, String displayName, Map<String, String> tags, List<String> groups,
            Provider provider, String region, String context, Instant createdAt, ClusterHealth health,
            ClusterFacts facts) {
        this(name, displayName, tags, groups, provider, region, context, createdAt, health, facts, false);
    }

    public Cluster {
        Objects.requireNonNull(name);
        displayName = displayName == null || displayName.isBlank() ? name.value() : displayName.trim();
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("display_name", Message.of("cluster.displayNameHasMost",
                    "A display name has at most 100 characters."));
        }
        PrintableText.require("display_name", displayName);
        Map<String, String> checked = new TreeMap<>();
        (tags == null ? Map.<String, String>of() : tags).forEach((key, value) -> {
            String k = key == null ? "" : key.trim();
            String v = value == null ? "" : value.trim();
            if (!NAME.matcher(k).matches() || !VALUE.matcher(v).matches()) {
                throw new InvalidInputException("tags", Message.of("cluster.tagMayContainLetters",
                        "Tag '{0}' may contain letters, digits, '.', '_' and '-', at most 63 characters each side "
                                + "of '='.", v.isEmpty() ? k : k + "=" + v));
            }
            checked.put(k, v);
        });
        tags = Collections.unmodifiableMap(checked);
        groups = List.copyOf((groups == null ? List.<String>of() : groups).stream().map(String::trim)
                .filter(group -> !group.isEmpty()).distinct().sorted().toList());
        for (String group : groups) {
            if (!NAME.matcher(group).matches()) {
                throw new InvalidInputException("groups", Message.of("cluster.groupName",
                        "Group '{0}' may contain letters, digits, '.', '_' and '-', at most 63 characters.", group));
            }
        }
        region = region == null || region.isBlank() ? null : region.trim();
        if (region != null && !VALUE.matcher(region).matches()) {
            throw new InvalidInputException("region", Message.of("cluster.region",
                    "A region is letters, digits, '.', '_' and '-', at most 63 characters."));
        }
        context = context == null || context.isBlank() ? null : context.trim();
        Objects.requireNonNull(createdAt);
        health = health == null ? ClusterHealth.UNKNOWN : health;
        facts = facts == null ? ClusterFacts.NONE : facts;
    }

    /**
     * Tags as a list gives them, as scripts sent them before tags had values: {@code env=prod}, or {@code eu} for
     * the key {@code eu} with an empty value.
     */
    public static Map<String, String> tags(List<String> entries) {
        Map<String, String> tags = new TreeMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            tags.put(equals < 0 ? entry.trim() : entry.substring(0, equals).trim(),
                    equals < 0 ? "" : entry.substring(equals + 1).trim());
        }
        return tags;
    }

    /** Each tag as {@code key=value}, or the key alone when its value is empty. */
    public List<String> tagTexts() {
        return tags.entrySet().stream().map(tag -> tag.getValue().isEmpty() ? tag.getKey()
                : tag.getKey() + "=" + tag.getValue()).toList();
    }

    /** The provider its admins chose, else the one its nodes name; null when neither. */
    public Provider effectiveProvider() {
        return provider != null ? provider : facts.provider();
    }

    /** The code of {@link #effectiveProvider}, as the JSON API and pages give it; null when there is none. */
    public String providerCode() {
        Provider effective = effectiveProvider();
        return effective == null ? null : effective.code();
    }

    /** The region its admins wrote, else the one its nodes name; null when neither. */
    public String effectiveRegion() {
        return region != null ? region : facts.region();
    }

    /** Whether it carries the tag: {@code key=value}, or {@code key} for any value. */
    public boolean tagged(String tag) {
        int equals = tag.indexOf('=');
        return equals < 0 ? tags.containsKey(tag.trim())
                : tag.substring(equals + 1).trim().equals(tags.get(tag.substring(0, equals).trim()));
    }

    /** Whether it carries the tag and belongs to the group; a blank one of them asks for nothing. */
    public boolean matches(String tag, String group) {
        return (tag == null || tag.isBlank() || tagged(tag)) && (group == null || group.isBlank()
                || groups.contains(group.trim()));
    }

    public Cluster withHealth(ClusterHealth newHealth) {
        return new Cluster(name, displayName, tags, groups, provider, region, context, createdAt, newHealth, facts,
                impersonate);
    }

    public Cluster withFacts(ClusterFacts newFacts) {
        return new Cluster(name, displayName, tags, groups, provider, region, context, createdAt, health, newFacts,
                impersonate);
    }

    public Cluster withDetails(String newDisplayName, Map<String, String> newTags, List<String> newGroups,
            Provider newProvider, String newRegion, String newContext) {
        return new Cluster(name, newDisplayName, newTags, newGroups, newProvider, newRegion, newContext, createdAt,
                health, facts, impersonate);
    }

    public Cluster withImpersonation(boolean newImpersonate) {
        return new Cluster(name, displayName, tags, groups, provider, region, context, createdAt, health, facts,
                newImpersonate);
    }
}
