package org.kubedeck.domain.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.PrintableText;

/** A registered Kubernetes cluster. Its kubeconfig is kept apart, sealed; this is what may be shown. */
public record Cluster(ClusterName name, String displayName, List<String> tags, String context, Instant createdAt,
        ClusterHealth health) {

    public static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,62}");

    public Cluster {
        Objects.requireNonNull(name);
        displayName = displayName == null || displayName.isBlank() ? name.value() : displayName.trim();
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("display_name", Message.of("cluster.displayNameHasMost",
                    "A display name has at most 100 characters."));
        }
        PrintableText.require("display_name", displayName);
        tags = List.copyOf(tags == null ? List.of() : tags.stream().map(String::trim).filter(t -> !t.isEmpty())
                .distinct().toList());
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidInputException("tags", Message.of("cluster.tagMayContainLetters",
                        "Tag '{0}' may contain letters, digits, '.', '_' and '-', at most 63 characters.", tag));
            }
        }
        context = context == null || context.isBlank() ? null : context.trim();
        Objects.requireNonNull(createdAt);
        health = health == null ? ClusterHealth.UNKNOWN : health;
    }

    public Cluster withHealth(ClusterHealth newHealth) {
        return new Cluster(name, displayName, tags, context, createdAt, newHealth);
    }

    public Cluster withDetails(String newDisplayName, List<String> newTags, String newContext) {
        return new Cluster(name, newDisplayName, newTags, newContext, createdAt, health);
    }
}
