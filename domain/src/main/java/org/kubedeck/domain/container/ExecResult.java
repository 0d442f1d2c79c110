package org.kubedeck.domain.container;

/**
 * What a command run once answered.
 *
 * @param exitCode  null when the command was stopped at its timeout
 * @param truncated the output went beyond the limit: what came after it was dropped and the command stopped
 */
public record ExecResult(String stdout, String stderr, Integer exitCode, boolean truncated, boolean timedOut) {
}
