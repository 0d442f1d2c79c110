package org.kubedeck.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a refusal says: a key the user interface finds its translation by, the English text, and the arguments
 * both are written with. Texts name their arguments {@code {0}}, {@code {1}}...; nothing else in them is special
 * (a quote is a quote).
 *
 * <p>An argument is text, or a message of its own (the reason a part of the input was refused), which the
 * interface translates too.
 *
 * @param key     {@code namespace.missing}: the interface's texts know it as {@code error.namespace.missing};
 *                empty for a text written in English only
 * @param english the text with its placeholders, shown where no translation is found
 * @param args    the arguments: each a {@code String} or a {@code Message}
 */
public record Message(String key, String english, List<Object> args) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    public Message {
        Objects.requireNonNull(key);
        Objects.requireNonNull(english);
        args = List.copyOf(args);
    }

    public static Message of(String key, String english, Object... args) {
        return new Message(key, english, Arrays.stream(args)
                .map(arg -> arg instanceof Message message ? message : String.valueOf(arg)).toList());
    }

    /** A text written in English only, with nothing to translate it by. */
    public static Message english(String text) {
        return new Message("", text, List.of());
    }

    /** The English text with its arguments. */
    public String text() {
        return format(english, args.stream().map(arg -> arg instanceof Message message ? message.text()
                : (String) arg).toList());
    }

    /** {@code pattern} with each {@code {n}} replaced by the n-th argument; a placeholder without one stays. */
    public static String format(String pattern, List<String> args) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String replacement = index < args.size() ? args.get(index) : placeholder.group();
            placeholder.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        return placeholder.appendTail(text).toString();
    }
}
