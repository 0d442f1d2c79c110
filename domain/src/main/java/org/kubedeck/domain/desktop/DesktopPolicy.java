package org.kubedeck.domain.desktop;

import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceQuantity;

/**
 * The resources a desktop gets when its owner names none, and the bounds of what an owner may ask for.
 */
public record DesktopPolicy(DesktopResources defaults, DesktopResources min, DesktopResources max) {

    public static final String CPU_FIELD = "resource_quota.cpu_limit";
    public static final String MEMORY_FIELD = "resource_quota.memory_limit";
    public static final String STORAGE_FIELD = "resource_quota.storage";

    public DesktopPolicy {
        Objects.requireNonNull(defaults);
        Objects.requireNonNull(min);
        Objects.requireNonNull(max);
        check(CPU_FIELD, defaults.cpuMillicores(), min.cpuMillicores(), max.cpuMillicores());
        check(MEMORY_FIELD, defaults.memoryBytes(), min.memoryBytes(), max.memoryBytes());
        check(STORAGE_FIELD, defaults.storageBytes(), min.storageBytes(), max.storageBytes());
    }

    /** The resources of a new desktop: each value asked for (null or blank: the default), within the bounds. */
    public DesktopResources resolve(String cpu, String memory, String storage) {
        long cpuMillicores = blank(cpu) ? defaults.cpuMillicores() : ResourceQuantity.millicores(CPU_FIELD, cpu);
        long memoryBytes = blank(memory) ? defaults.memoryBytes() : ResourceQuantity.bytes(MEMORY_FIELD, memory);
        long storageBytes = blank(storage) ? defaults.storageBytes() : ResourceQuantity.bytes(STORAGE_FIELD, storage);
        within(CPU_FIELD, cpuMillicores, min.cpuMillicores(), max.cpuMillicores(), ResourceQuantity::formatMillicores);
        within(MEMORY_FIELD, memoryBytes, min.memoryBytes(), max.memoryBytes(), ResourceQuantity::formatBytes);
        within(STORAGE_FIELD, storageBytes, min.storageBytes(), max.storageBytes(), ResourceQuantity::formatBytes);
        return new DesktopResources(cpuMillicores, memoryBytes, storageBytes);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void within(String field, long value, long min, long max,
            java.util.function.LongFunction<String> format) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, Message.of("desktop.mustBetweenWasAsked",
                    "{0} must be between {1} and {2}; {3} was asked for.", field, format.apply(min), format.apply(max),
                    format.apply(value)));
        }
    }

    private static void check(String field, long value, long min, long max) {
        if (min <= 0 || min > max || value < min || value > max) {
            throw new IllegalArgumentException("The bounds of " + field + " must hold 0 < min <= default <= max");
        }
    }
}
