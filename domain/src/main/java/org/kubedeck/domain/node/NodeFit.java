package org.kubedeck.domain.node;

import java.util.Locale;

/**
 * Whether a workload's pods may be placed on one node, and what decides it.
 *
 * @param detail the constraint or taint that decides, as written on the pages ({@code disktype=ssd},
 *               {@code gpu=true:NoSchedule}); empty when nothing stands in the way or points there
 */
public record NodeFit(Verdict verdict, String detail) {

    public enum Verdict {
        /** The node selector or required node affinity points here. */
        PINNED,
        /** Nothing keeps the pods off; {@code detail} names a PreferNoSchedule taint they would rather avoid. */
        ALLOWED,
        /** The node selector or required node affinity leaves the node out. */
        EXCLUDED,
        /** A NoSchedule or NoExecute taint the pods do not tolerate. */
        REPELLED,
        /** The node is cordoned: no new pods at all. */
        CORDONED;

        public boolean schedulable() {
            return this == PINNED || this == ALLOWED;
        }

        /** The lowercase word used in JSON and on the pages: pinned, allowed, excluded, repelled, cordoned. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
