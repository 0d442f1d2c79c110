package org.kubedeck.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page that could not be shown sends the user next: the namespace and the cluster above what was asked
 * for, where the address names them, then every cluster and the start page.
 */
public record NextSteps(List<Step> steps) {

    /** {@code /k8s/prod/shop/…}, {@code /versions/prod/shop/…}, {@code /quotas/prod/shop/…}: a namespace's. */
    private static final Pattern IN_NAMESPACE = Pattern.compile("^/(?:k8s|versions|quotas)/([^/]+)/([^/]+)/.+");
    /** {@code /k8s/prod/…}, {@code /nodes/prod/…}, {@code /labels/prod/…}: a cluster's pages. */
    private static final Pattern IN_CLUSTER = Pattern.compile(
            "^/(?:k8s|nodes|labels|quotas|versions)/([^/]+)/.+");

    /** One link: {@code labelKey} is its message, given {@code name}; {@code href} is without the context path. */
    public record Step(String labelKey, String name, String href) {
    }

    /** For the address that could not be shown (its path, without the context path). */
    public static NextSteps from(String path) {
        List<Step> steps = new ArrayList<>();
        String clean = path == null ? "" : path;
        Matcher namespace = IN_NAMESPACE.matcher(clean);
        if (namespace.matches()) {
            steps.add(new Step("next.namespace", namespace.group(2), "/k8s/" + namespace.group(1) + "/"
                    + namespace.group(2)));
        }
        Matcher cluster = IN_CLUSTER.matcher(clean);
        if (cluster.matches()) {
            steps.add(new Step("next.cluster", cluster.group(1), "/k8s/" + cluster.group(1)));
        }
        steps.add(new Step("next.clusters", "", "/clusters"));
        steps.add(new Step("problem.back", "", "/"));
        return new NextSteps(List.copyOf(steps));
    }
}
