package org.kubedeck.web.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;

/** The user form: global flags plus rows of (cluster, level), added in the page with htmx. */
public class UserForm {

    private String username = "";
    private String password = "";
    private boolean admin;
    private boolean read = true;
    private boolean write;
    private boolean enabled = true;
    private List<String> clusterNames = new ArrayList<>();
    private List<String> clusterLevels = new ArrayList<>();

    public static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.username().value();
        form.admin = user.permissions().admin();
        form.read = user.permissions().read();
        form.write = user.permissions().write();
        form.enabled = user.enabled();
        user.permissions().clusters().forEach((cluster, level) -> {
            form.clusterNames.add(cluster.value());
            form.clusterLevels.add(level.code());
        });
        return form;
    }

    /** Rows with an empty cluster name are ignored, so a blank added row does no harm. */
    public Permissions permissions() {
        Map<ClusterName, AccessLevel> levels = new LinkedHashMap<>();
        for (int i = 0; i < clusterNames.size(); i++) {
            String name = clusterNames.get(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            ClusterName cluster = ClusterName.of(name);
            if (levels.containsKey(cluster)) {
                throw new InvalidInputException("clusters", Message.of("user.clusterListedTwice",
                        "Cluster '{0}' is listed twice.", cluster));
            }
            levels.put(cluster, AccessLevel.parse(i < clusterLevels.size() ? clusterLevels.get(i) : "read"));
        }
        return new Permissions(admin, read || write, write, levels);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public boolean isRead() {
        return read;
    }

    public void setRead(boolean read) {
        this.read = read;
    }

    public boolean isWrite() {
        return write;
    }

    public void setWrite(boolean write) {
        this.write = write;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getClusterNames() {
        return clusterNames;
    }

    public void setClusterNames(List<String> clusterNames) {
        this.clusterNames = clusterNames;
    }

    public List<String> getClusterLevels() {
        return clusterLevels;
    }

    public void setClusterLevels(List<String> clusterLevels) {
        this.clusterLevels = clusterLevels;
    }
}
