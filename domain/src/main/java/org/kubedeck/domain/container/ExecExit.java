package org.kubedeck.domain.container;

import java.util.Optional;

/**
 * How a command in a container ended: with an exit code, or without one because it never ran (no such program,
 * say) or the connection to it was lost.
 *
 * @param exitCode null when there is none
 * @param failure  null when the command ran to its end; else what the cluster said
 */
public record ExecExit(Integer exitCode, String failure) {

    public static ExecExit code(int exitCode) {
        return new ExecExit(exitCode, null);
    }

    public static ExecExit failed(String failure) {
        return new ExecExit(null, failure);
    }

    public Optional<String> failureMessage() {
        return Optional.ofNullable(failure);
    }
}
