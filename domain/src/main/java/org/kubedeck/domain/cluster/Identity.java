package org.kubedeck.domain.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Who a request to a cluster is made as, when the cluster decides for itself what each person may do: the
 * console's stored credential impersonates this user and these groups, so the cluster's own RBAC decides and its
 * audit log names the person.
 */
public record Identity(String user, List<String> groups) {

    public Identity {
        Objects.requireNonNull(user);
        if (user.isBlank()) {
            throw new IllegalArgumentException("An identity names a user");
        }
        groups = List.copyOf(groups == null ? List.of() : groups.stream().filter(g -> g != null && !g.isBlank())
                .distinct().sorted().toList());
    }
}
