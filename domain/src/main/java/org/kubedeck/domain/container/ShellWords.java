package org.kubedeck.domain.container;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Arguments written as a POSIX shell would read them back: plain words as they are, others in single quotes. */
final class ShellWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {
    }

    static String join(List<String> words) {
        return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }

    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
