package org.kubedeck.web;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.Outcome;


class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** {@code Message.of("key", "text" + "more text", ...)}: the key and the text's literals. */
    private static final Pattern RAISED = Pattern.compile(
            "Message\\.of\\(\\s*\"([^\"]+)\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final String ERROR = "error.";

    @Test
    void everyEnglishTextHasAChineseTranslationAndNoneIsLeftOver() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        Set<String> pageTexts = chinese.stringPropertyNames().stream().filter(key -> !key.startsWith(ERROR))
                .collect(Collectors.toSet());
        assertThat(pageTexts).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    /** The audit page shows every action and outcome in words, in both languages. */
    @Test
    void everyAuditActionAndOutcomeHasItsWords() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties texts = load(bundle);
            assertThat(Arrays.stream(AuditAction.values()).map(action -> "audit.action." + action.code()))
                    .as(bundle).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
            assertThat(Arrays.stream(Outcome.values()).map(outcome -> "audit.outcome." + outcome.code()))
                    .as(bundle).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    /**
     * The refusals' English texts are written in the code, where they are raised; each has its Chinese text,
     * with the same placeholders, and no Chinese text is left over.
     */
    @Test
    void everyRefusalTheCodeRaisesHasAChineseTextWithTheSamePlaceholders() throws IOException {
        Map<String, String> raised = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")
                    && path.toString().contains("/src/main/java/")).toList()) {
                Matcher call = RAISED.matcher(Files.readString(source));
                while (call.find()) {
                    StringBuilder text = new StringBuilder();
                    Matcher literal = LITERAL.matcher(call.group(2));
                    while (literal.find()) {
                        text.append(literal.group(1));
                    }
                    String earlier = raised.put(call.group(1), text.toString());
                    assertThat(earlier == null || earlier.contentEquals(text)).as("one text for " + call.group(1))
                            .isTrue();
                }
            }
        }
        Properties chinese = load("messages_zh_CN.properties");
        Map<String, String> translated = new TreeMap<>();
        chinese.stringPropertyNames().stream().filter(key -> key.startsWith(ERROR))
                .forEach(key -> translated.put(key.substring(ERROR.length()), chinese.getProperty(key)));

        assertThat(raised).hasSizeGreaterThan(100);
        assertThat(translated.keySet()).containsExactlyInAnyOrderElementsOf(raised.keySet());
        raised.forEach((key, english) -> assertThat(placeholders(translated.get(key))).as(key)
                .isEqualTo(placeholders(english)));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }
}
