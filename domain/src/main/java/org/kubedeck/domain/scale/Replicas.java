package org.kubedeck.domain.scale;

import org.kubedeck.domain.InvalidInputException;

/** How many pods a workload is asked to run: 0 (stopped) to {@value #MAX}. */
public record Replicas(int count) {

    public static final int MAX = 1000;

    public Replicas {
        if (count < 0 || count > MAX) {
            throw new InvalidInputException("replicas", "Replicas are between 0 and " + MAX + "; " + count
                    + " is not.");
        }
    }

    /** InvalidInputException, field {@code replicas}, when none is given. */
    public static Replicas of(Integer count) {
        if (count == null) {
            throw missing();
        }
        return new Replicas(count);
    }

    /** From a form field: a whole number from 0 to {@value #MAX}. */
    public static Replicas parse(String text) {
        if (text == null || text.isBlank()) {
            throw missing();
        }
        try {
            return new Replicas(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("replicas", "'" + text.trim() + "' is not a number of replicas from 0 to "
                    + MAX + ".");
        }
    }

    private static InvalidInputException missing() {
        return new InvalidInputException("replicas", "Give the number of replicas, from 0 to " + MAX + ".");
    }
}
