package org.kubedeck.domain;

import java.util.ArrayList;
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

    /** The prefix of {@link #stored()}; a text without it was stored as plain English. */
    private static final String STORED = "msg1:";

    /**
     * The message as one string to store, from which {@link #fromStored} makes it again, key and arguments
     * included, so that what was stored can still be shown in the reader's language. Each part is written with its
     * length before it: {@code M} for a message (key, English, then its arguments), {@code S} for a text argument.
     */
    public String stored() {
        StringBuilder out = new StringBuilder(STORED);
        write(this, out);
        return out.toString();
    }

    /** A message stored by {@link #stored()}, or plain English stored before messages were. */
    public static Message fromStored(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(STORED)) {
            return english(stored);
        }
        try {
            int[] at = {STORED.length()};
            return (Message) read(stored, at);
        } catch (RuntimeException e) {
            return english(stored);
        }
    }

    private static void write(Object part, StringBuilder out) {
        if (part instanceof Message message) {
            out.append('M');
            text(message.key, out);
            text(message.english, out);
            out.append(message.args.size()).append(':');
            message.args.forEach(arg -> write(arg, out));
        } else {
            out.append('S');
            text((String) part, out);
        }
    }

    private static void text(String text, StringBuilder out) {
        out.append(text.length()).append(':').append(text);
    }

    private static Object read(String in, int[] at) {
        char kind = in.charAt(at[0]++);
        if (kind == 'S') {
            return text(in, at);
        }
        String key = text(in, at);
        String english = text(in, at);
        int count = number(in, at);
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(read(in, at));
        }
        return new Message(key, english, args);
    }

    private static String text(String in, int[] at) {
        int length = number(in, at);
        String text = in.substring(at[0], at[0] + length);
        at[0] += length;
        return text;
    }

    private static int number(String in, int[] at) {
        int colon = in.indexOf(':', at[0]);
        int number = Integer.parseInt(in.substring(at[0], colon));
        at[0] = colon + 1;
        return number;
    }
}
