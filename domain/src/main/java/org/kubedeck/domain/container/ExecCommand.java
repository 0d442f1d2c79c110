package org.kubedeck.domain.container;

import java.time.Duration;
import java.util.List;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * A command run once in a container: its arguments as the container's process receives them (no shell unless one
 * is named), what it reads on its standard input, and how long it may run before it is stopped.
 *
 * @param stdin   empty when the command reads nothing
 * @param timeout from 1 s to {@value #MOST_SECONDS} s
 */
public record ExecCommand(List<String> command, String stdin, Duration timeout) {

    public static final int DEFAULT_SECONDS = 30;
    public static final int MOST_SECONDS = 600;
    /** Arguments travel in the request's query string; this bounds them well below what servers accept. */
    private static final int MOST_ARGUMENT_CHARS = 32 * 1024;
    private static final int MOST_STDIN_CHARS = 1024 * 1024;

    public ExecCommand {
        if (command == null || command.isEmpty() || command.get(0) == null || command.get(0).isBlank()) {
            throw new InvalidInputException("command", Message.of("exec.commandRequired",
                    "Name the command to run, for example [\"sh\", \"-c\", \"ls /\"]."));
        }
        int chars = 0;
        for (String argument : command) {
            if (argument == null || argument.indexOf('\0') >= 0) {
                throw new InvalidInputException("command", Message.of("exec.argumentInvalid",
                        "An argument of the command is missing or contains a NUL character."));
            }
            chars += argument.length();
        }
        if (chars > MOST_ARGUMENT_CHARS) {
            throw new InvalidInputException("command", Message.of("exec.commandTooLong",
                    "The command's arguments have at most {0} characters together; pass long input on stdin.",
                    MOST_ARGUMENT_CHARS));
        }
        command = List.copyOf(command);
        stdin = stdin == null ? "" : stdin;
        if (stdin.length() > MOST_STDIN_CHARS) {
            throw new InvalidInputException("stdin", Message.of("exec.stdinTooLong",
                    "stdin has at most {0} characters.", MOST_STDIN_CHARS));
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(DEFAULT_SECONDS);
        }
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(MOST_SECONDS)) > 0) {
            throw new InvalidInputException("timeout_seconds", Message.of("exec.timeoutRange",
                    "timeout_seconds is a number of seconds from 1 to {0}.", MOST_SECONDS));
        }
    }

    /** The command as one line, each argument quoted where a shell would need it: for the audit log. */
    public String commandLine() {
        return ShellWords.join(command);
    }
}
