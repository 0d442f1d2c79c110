package org.kubedeck.web.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;

/**
 * {@code {admin, read, write, clusters:{<cluster>:"read"|"write"|"admin"}}}, as scripts already send it.
 * Every field may be left out: a missing flag is false, missing clusters are none.
 */
public record PermissionsJson(Boolean admin, Boolean read, Boolean write, Map<String, String> clusters) {

    public static PermissionsJson of(Permissions permissions) {
        Map<String, String> clusters = new LinkedHashMap<>();
        permissions.clusters().forEach((cluster, level) -> clusters.put(cluster.value(), level.code()));
        return new PermissionsJson(permissions.admin(), permissions.read() || permissions.write(),
                permissions.write(), clusters);
    }

    public Permissions toDomain() {
        Map<ClusterName, AccessLevel> levels = new LinkedHashMap<>();
        if (clusters != null) {
            try {
                clusters.forEach((cluster, level) -> levels.put(ClusterName.of(cluster), AccessLevel.parse(level)));
            } catch (InvalidInputException e) {
                throw e.inField("permissions");
            }
        }
        boolean canWrite = Boolean.TRUE.equals(write);
        return new Permissions(Boolean.TRUE.equals(admin), canWrite || Boolean.TRUE.equals(read), canWrite, levels);
    }
}
