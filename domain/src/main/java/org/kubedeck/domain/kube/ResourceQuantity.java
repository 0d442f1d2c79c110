package org.kubedeck.domain.kube;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * Kubernetes quantities ({@code 500m}, {@code 2}, {@code 4Gi}, {@code 10G}, {@code 1e3}) read into whole
 * millicores or bytes, and written back in the shortest exact form.
 */
public final class ResourceQuantity {

    /** Kubernetes' grammar, less the sign: resources are never negative. Exponents beyond ±999 are no number. */
    private static final Pattern QUANTITY = Pattern.compile(
            "([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])|[eE]([+-]?[0-9]{1,3}))?");
    /** The API server keeps a quantity in a signed 64-bit integer of its unit: anything larger it cannot store. */
    public static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("1e-9")), Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")), Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")), Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)), Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)), Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)), Map.entry("Ei", BigDecimal.valueOf(1L << 60)));
    private static final String[] BINARY = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ResourceQuantity() {
    }

    /**
     * Any quantity as an exact number ({@code 500m} is 0.5, {@code 2Ki} is 2048), for comparing amounts of one
     * resource; InvalidInputException naming {@code field} when it is none.
     */
    public static BigDecimal amount(String field, String value) {
        return parse(field, value, "500m, 2, 4Gi or 10");
    }

    /** CPU in millicores: {@code "500m"} is 500, {@code "2"} is 2000. Finer than a millicore is refused. */
    public static long millicores(String field, String value) {
        BigDecimal millis = parse(field, value, "500m or 2").multiply(THOUSAND);
        return whole(field, value, millis, "CPU is counted in whole millicores");
    }

    /** Memory or storage in bytes: {@code "4Gi"} is 4294967296. */
    public static long bytes(String field, String value) {
        return whole(field, value, parse(field, value, "4Gi or 512Mi"), "a size is counted in whole bytes");
    }

    public static String formatMillicores(long millicores) {
        return millicores % 1000 == 0 ? Long.toString(millicores / 1000) : millicores + "m";
    }

    /** The largest binary unit that divides the size exactly: {@code 4Gi}, {@code 1536Mi}, {@code 1000}. */
    public static String formatBytes(long bytes) {
        for (String unit : BINARY) {
            long size = SUFFIXES.get(unit).longValueExact();
            if (bytes != 0 && bytes % size == 0) {
                return bytes / size + unit;
            }
        }
        return Long.toString(bytes);
    }

    /**
     * An amount of a resource written as a quantity: CPU in millicores or cores ({@code 1500m}, {@code 2}),
     * memory and storage in the largest binary unit that divides them ({@code 768Mi}), anything else (a count) as
     * a plain number. {@code resource} may carry a quota's prefix ({@code requests.cpu}). An amount finer than
     * these units is written as a plain number.
     */
    public static String format(String resource, BigDecimal amount) {
        String base = resource.startsWith("requests.") || resource.startsWith("limits.")
                ? resource.substring(resource.indexOf('.') + 1) : resource;
        BigDecimal millis = amount.multiply(THOUSAND).stripTrailingZeros();
        if (base.equals("cpu") && millis.scale() <= 0 && millis.abs().compareTo(MAX) <= 0) {
            return formatMillicores(millis.longValueExact());
        }
        BigDecimal whole = amount.stripTrailingZeros();
        boolean size = base.equals("memory") || base.endsWith("storage") || base.startsWith("hugepages-");
        if (size && whole.scale() <= 0 && whole.abs().compareTo(MAX) <= 0) {
            return formatBytes(whole.longValueExact());
        }
        return whole.scale() < 0 ? whole.setScale(0).toPlainString() : whole.toPlainString();
    }

    private static BigDecimal parse(String field, String value, String example) {
        Matcher matcher = QUANTITY.matcher(value == null ? "" : value.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException(field,
                    Message.of("kube.notKubernetesQuantitySuch",
                            "{0}: '{1}' is not a Kubernetes quantity such as {2}.", field, value, example));
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        // "1Ei" and "1E" are units; only "1e3", "1E-3" are exponents.
        BigDecimal amount = matcher.group(3) != null
                ? number.scaleByPowerOfTen(Integer.parseInt(matcher.group(3)))
                : number.multiply(SUFFIXES.get(matcher.group(2) == null ? "" : matcher.group(2)));
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, Message.of("kube.moreKubernetesCanStore",
                    "{0}: '{1}' is more than Kubernetes can store ({2}).", field, value, MAX.toPlainString()));
        }
        return amount;
    }

    private static long whole(String field, String value, BigDecimal amount, String rule) {
        try {
            return amount.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, Message.of("kube.notExact",
                    "{0}: '{1}' is not exact; {2}.", field, value, rule));
        }
    }
}
