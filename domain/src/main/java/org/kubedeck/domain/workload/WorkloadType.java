package org.kubedeck.domain.workload;

import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;

/** The kinds of workload the console browses; {@code POD} stands for bare pods that no controller owns. */
public enum WorkloadType {
    DEPLOYMENT, STATEFULSET, DAEMONSET, POD;

    /** The lowercase word used in URLs and JSON: deployment, statefulset, daemonset, pod. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkloadType parse(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (WorkloadType type : values()) {
                if (type.code().equals(wanted) || (type.code() + "s").equals(wanted)) {
                    return type;
                }
            }
        }
        throw new InvalidInputException("type", "Workload type '" + code
                + "' is not one of deployment, statefulset, daemonset, pod.");
    }
}
