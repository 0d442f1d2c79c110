package org.kubedeck.domain.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a YAML text the field an API server's refusal names is written: the refusal says
 * {@code spec.template.spec.containers[0].image: Required value}, this finds the line of {@code image} in the
 * first container, or, when that field is missing, the line of the deepest part of the path that is there. Reads
 * block-style YAML by its indentation, as the console and kubectl write it; flow-style parts are not entered.
 */
public final class YamlLines {

    /** A field path followed by one of the API server's validation reasons. */
    private static final Pattern FIELD = Pattern.compile("((?:[A-Za-z][\\w-]*)(?:\\[\\d+])?(?:\\.[A-Za-z][\\w-]*"
            + "(?:\\[\\d+])?)*): (?:Invalid value|Required value|Unsupported value|Duplicate value|Forbidden"
            + "|Too long|Too many|Not found|Internal error)");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][\\w-]*)(?:\\[(\\d+)])?");

    private YamlLines() {
    }

    /** The 1-based line of the field the message names, or empty when it names none or none is found. */
    public static OptionalInt lineOf(String yaml, String message) {
        if (yaml == null || message == null) {
            return OptionalInt.empty();
        }
        Matcher field = FIELD.matcher(message);
        if (!field.find()) {
            return OptionalInt.empty();
        }
        return find(lines(yaml), field.group(1));
    }

    private record Line(int number, int indent, boolean item, int keyColumn, String key) {
    }

    private static List<Line> lines(String yaml) {
        List<Line> lines = new ArrayList<>();
        String[] texts = yaml.split("\n", -1);
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            String stripped = text.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int indent = text.length() - text.stripLeading().length();
            boolean item = stripped.startsWith("- ") || stripped.equals("-");
            int keyColumn = item ? indent + 2 : indent;
            String rest = item ? stripped.substring(1).strip() : stripped;
            int colon = rest.indexOf(':');
            String key = colon > 0 && (colon == rest.length() - 1 || rest.charAt(colon + 1) == ' ')
                    ? unquoted(rest.substring(0, colon)) : null;
            lines.add(new Line(i + 1, indent, item, keyColumn, key));
        }
        return lines;
    }

    private static String unquoted(String key) {
        String trimmed = key.strip();
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
                || trimmed.startsWith("'") && trimmed.endsWith("'"))) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** Walks the path through nested blocks: [from, to) of {@code lines}, whose keys sit at {@code column}. */
    private static OptionalInt find(List<Line> lines, String path) {
        int from = 0;
        int to = lines.size();
        int column = lines.isEmpty() ? 0 : lines.get(0).keyColumn();
        OptionalInt found = OptionalInt.empty();
        for (String part : path.split("\\.")) {
            Matcher segment = SEGMENT.matcher(part);
            if (!segment.matches()) {
                return found;
            }
            int at = -1;
            for (int i = from; i < to; i++) {
                Line line = lines.get(i);
                if (line.keyColumn() == column && segment.group(1).equals(line.key())) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return found;
            }
            found = OptionalInt.of(lines.get(at).number());
            int end = at + 1;
            while (end < to && (lines.get(end).indent() > column
                    || lines.get(end).indent() == column && lines.get(end).item())) {
                end++;
            }
            from = at + 1;
            to = end;
            if (from >= to) {
                return found;
            }
            column = lines.get(from).keyColumn();
            if (segment.group(2) != null) {
                int dash = lines.get(from).indent();
                int index = Integer.parseInt(segment.group(2));
                int seen = -1;
                int item = -1;
                for (int i = from; i < to; i++) {
                    Line line = lines.get(i);
                    if (line.item() && line.indent() == dash && ++seen == index) {
                        item = i;
                        break;
                    }
                }
                if (item < 0) {
                    return found;
                }
                found = OptionalInt.of(lines.get(item).number());
                int next = item + 1;
                while (next < to && !(lines.get(next).item() && lines.get(next).indent() == dash)
                        && lines.get(next).indent() > dash) {
                    next++;
                }
                from = item;
                to = next;
                column = dash + 2;
            }
        }
        return found;
    }
}
