package org.kubedeck.domain.audit;

import java.util.Locale;
import java.util.Optional;

/** What an audit entry records. The code is the word stored, filtered on and shown in the API. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    PASSWORD_CHANGED,
    USER_CREATED,
    USER_UPDATED,
    USER_DELETED,
    DENIED,
    AUDIT_CHAIN_VERIFIED,
    CLUSTER_ADDED,
    CLUSTER_UPDATED,
    CLUSTER_DELETED,
    CLUSTER_TESTED,
    KUBECONFIGS_RESEALED,
    POD_KICKED,
    POD_RESTORED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    DESKTOP_CREATED,
    DESKTOP_RESTARTED,
    DESKTOP_STOPPED,
    DESKTOP_DELETED,
    DESKTOP_BACKED_UP,
    DESKTOP_RESTORED,
    DESKTOP_CLUSTER_CHOSEN,
    RESOURCE_EDITED,
    RESOURCE_CREATED,
    RESOURCE_DELETED,
    VERSION_ROLLED_BACK,
    VERSION_TAGGED,
    BACKUP_CREATED,
    BACKUP_RESTORED,
    BACKUP_SCHEDULED,
    BACKUP_UNSCHEDULED,
    BACKUPS_RESEALED,
    VERSIONS_RESEALED,
    QUOTA_CREATED,
    QUOTA_UPDATED,
    QUOTA_DELETED,
    LIMIT_RANGE_CREATED,
    LIMIT_RANGE_UPDATED,
    LIMIT_RANGE_DELETED,
    LABELS_CHANGED,
    NODE_TAINTED,
    NODE_UNTAINTED,
    SCHEDULING_CHANGED,
    QUOTA_PRESSURE,
    WORKLOAD_SCALED,
    WORKLOAD_RESTARTED,
    WORKLOAD_PAUSED,
    WORKLOAD_RESUMED,
    WORKLOAD_ROLLED_BACK,
    CRONJOB_RUN,
    NODE_CORDONED,
    NODE_UNCORDONED,
    NODE_DRAINED,
    DATA_KEY_SET,
    DATA_KEY_REMOVED,
    SECRET_REVEALED,
    CHECK_SILENCED,
    CHECK_UNSILENCED,
    TOOL_CALLED,
    LABEL_POLICY_SET,
    LABEL_POLICY_REMOVED,
    PRICES_SET,
    BUDGET_SET,
    BUDGET_REMOVED,
    COMMAND_RUN,
    TERMINAL_OPENED,
    TERMINAL_CLOSED,
    CONTAINER_POLICY_CHANGED,
    LOG_SNAPSHOT_TAKEN,
    LOG_SNAPSHOT_DELETED,
    FILE_UPLOADED,
    FILE_WRITTEN,
    FILE_DELETED,
    FILE_RENAMED,
    FILE_MODE_CHANGED,
    DIRECTORY_CREATED,
    GROUP_RULE_SET,
    GROUP_RULE_REMOVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditAction> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        for (AuditAction action : values()) {
            if (action.code().equals(code.trim())) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
