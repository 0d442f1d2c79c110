package org.kubedeck.web.cluster;

import java.util.Locale;

/** Cluster names the import form suggests for kubeconfig contexts. */
public final class ClusterNames {

    private ClusterNames() {
    }

    /** A DNS label made from a context name: "kind-Dev_1" becomes "kind-dev-1". */
    public static String suggestedFor(String context) {
        String name = context.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
    }
}
