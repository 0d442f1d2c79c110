package org.kubedeck.domain.scale;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** How many pods a workload is asked to run: 0 (stopped) to {@value #MAX}. */
public record Replicas(int count) {

    public static final int MAX = 1000;

    public Replicas {
        if (count < 0 || count > MAX) {
            throw new InvalidInputException("replicas", Message.of("scale.replicasAreBetweenNot",
                    "Replicas are between 0 and {0}; {1} is not.", MAX, count));
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
            throw new InvalidInputException("replicas", Message.of("scale.notNumberReplicasFrom",
                    "'{0}' is not a number of replicas from 0 to {1}.", text.trim(), MAX));
        }
    }

    private static InvalidInputException missing() {
        return new InvalidInputException("replicas", Message.of("scale.giveNumberReplicasFrom",
                "Give the number of replicas, from 0 to {0}.", MAX));
    }
}
