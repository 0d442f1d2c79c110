package org.kubedeck.domain.sso;

import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;

/**
 * What the members of one group of the identity provider may do in Kubedeck: a level on one cluster, or on every
 * cluster ({@code cluster} null), where {@code admin} on every cluster makes them global administrators.
 *
 * @param group   the group's name exactly as the provider's groups claim carries it
 * @param cluster null: every cluster
 */
public record GroupRule(String group, ClusterName cluster, AccessLevel level) {

    public static final int MAX_GROUP_LENGTH = 256;

    public GroupRule {
        group = group == null ? "" : group.strip();
        if (!isGroupName(group)) {
            throw new InvalidInputException("group", Message.of("sso.groupName",
                    "Name the group as the identity provider sends it: 1 to {0} characters.", MAX_GROUP_LENGTH));
        }
        Objects.requireNonNull(level);
    }

    /** Whether a provider's group can be named so: 1 to {@value #MAX_GROUP_LENGTH} characters, none a control. */
    public static boolean isGroupName(String group) {
        return !group.isBlank() && group.length() <= MAX_GROUP_LENGTH
                && group.chars().noneMatch(Character::isISOControl);
    }

    /** On every cluster. */
    public boolean everywhere() {
        return cluster == null;
    }

    /** Global administration: admin on every cluster. */
    public boolean administers() {
        return everywhere() && level == AccessLevel.ADMIN;
    }
}
