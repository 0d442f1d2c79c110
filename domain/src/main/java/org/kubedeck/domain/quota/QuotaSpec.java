package org.kubedeck.domain.quota;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceQuantity;

/**
 * What a ResourceQuota allows: {@code hard} limits by resource name ({@code requests.cpu}, {@code limits.memory},
 * {@code requests.storage}, {@code pods}, {@code count/deployments.apps}…), each a Kubernetes quantity.
 */
public record QuotaSpec(String name, Map<String, String> hard) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern RESOURCE = Pattern.compile(
            "(requests\\.|limits\\.)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?|count/[a-z0-9.-]+|[a-z0-9.-]+/[a-z0-9.-]+");

    public QuotaSpec {
        requireName(name);
        if (hard == null || hard.isEmpty()) {
            throw new InvalidInputException("hard", Message.of("quota.quotaLimitsLeastOne",
                    "A quota limits at least one resource."));
        }
        Map<String, String> checked = new TreeMap<>();
        hard.forEach((resource, value) -> {
            String field = "hard." + resource;
            if (resource == null || !RESOURCE.matcher(resource).matches()) {
                throw new InvalidInputException("hard", Message.of("quota.notResourceNameSuch",
                        "'{0}' is not a resource name such as requests.cpu, limits.memory, pods or "
                        + "count/deployments.apps.", resource));
            }
            if (ResourceQuantity.amount(field, value).signum() < 0) {
                throw new InvalidInputException(field, Message.of("quota.cannotNegative",
                        "{0} cannot be negative.", field));
            }
            checked.put(resource, value.trim());
        });
        hard = Map.copyOf(checked);
    }

    /** An object name (RFC 1123 subdomain); InvalidInputException, field {@code name}, if not. */
    public static String requireName(String name) {
        if (name == null || name.length() > 253 || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", Message.of("quota.notObjectNameLowercase",
                    "'{0}' is not an object name: lowercase letters, digits, '-' and '.', starting and ending with a "
                    + "letter or digit.", name));
        }
        return name;
    }
}
