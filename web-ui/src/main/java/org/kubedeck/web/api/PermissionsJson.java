package org.kubedeck.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;

/** {@code {admin, read, write, clusters:{<cluster>:"read"|"write"|"admin"}}}, as scripts already send it. */
public record PermissionsJson(boolean admin, boolean read, boolean write, Map<String, String> clusters) {

    public static PermissionsJson of(Permissions permissions) {
        Map<String, String> clusters = new LinkedHashMap<>();
        permissions.clusters().forEach((cluster, level) -> clusters.put(cluster.value(), level.code()));
        return new PermissionsJson(permissions.admin(), permissions.read() || permissions.write(),
                permissions.write(), clusters);
    }

    public Permissions toDomain() {
        Map<ClusterName, AccessLevel> levels = new LinkedHashMap<>();
        if (clusters != null) {
            clusters.forEach((cluster, level) -> levels.put(ClusterName.of(cluster), AccessLevel.parse(level)));
        }
        return new Permissions(admin, read || write, write, levels);
    }
}
