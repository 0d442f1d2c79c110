package org.kubedeck.domain.workload;

/** Take a pod out of load balancing, or put it back. */
public enum LoadAction {
    KICK, RESTORE
}
