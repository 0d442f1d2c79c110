package org.kubedeck.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class KubedeckPropertiesTest {

    private static final Path HOME = Path.of(System.getProperty("user.home"));

    @Test
    void path_defaults_from_an_empty_environment_are_absolute_and_under_the_home_directory() {
        KubedeckProperties properties = bind(Map.of());

        assertThat(properties.dataDir()).isAbsolute().isEqualTo(HOME.resolve(".kubedeck"));
        assertThat(properties.encryption().keyFile()).isAbsolute()
                .isEqualTo(HOME.resolve(".kubedeck").resolve("encryption.key"));
    }

    @Test
    void a_relative_key_file_is_taken_inside_the_data_directory() {
        KubedeckProperties properties = bind(Map.of("kubedeck.data-dir", "/srv/kubedeck",
                "kubedeck.encryption.key-file", "keys/current.key"));

        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/kubedeck"));
        assertThat(properties.encryption().keyFile()).isEqualTo(Path.of("/srv/kubedeck/keys/current.key"));
    }

    @Test
    void a_relative_data_directory_is_made_absolute() {
        assertThat(bind(Map.of("kubedeck.data-dir", "state")).dataDir())
                .isEqualTo(Path.of("state").toAbsolutePath());
    }

    @Test
    void no_default_value_carries_a_placeholder_the_binder_would_hand_over_as_text() {
        assertThat(placeholders(KubedeckProperties.class, "kubedeck")).isEmpty();
    }

    @Test
    void every_setting_is_documented_and_every_documented_setting_exists() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "configuration.md"));
        List<String> settings = settings(KubedeckProperties.class, "kubedeck");
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(kubedeck\\.[a-z0-9.-]+)` \\|").matcher(docs);
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(documented).as("rows of docs/configuration.md").containsAll(settings);
        assertThat(settings).as("settings of KubedeckProperties").containsAll(documented);
    }

    @Test
    void defaults_live_in_the_typed_properties_and_not_again_in_application_yml() throws IOException {
        String yaml = Files.readString(Path.of("src", "main", "resources", "application.yml"));
        assertThat(yaml).doesNotContainPattern("(?m)^kubedeck:");
    }

    /** The kebab-case names of the leaves of a settings record. */
    private static List<String> settings(Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            if (component.getType().isRecord()) {
                names.addAll(settings(component.getType(), name));
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static KubedeckProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("kubedeck", Bindable.of(KubedeckProperties.class));
    }

    /** Record components' annotations land on the canonical constructor's parameters, where the binder reads them. */
    private static List<String> placeholders(Class<?> type, String prefix) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Parameter[] parameters;
        try {
            parameters = type.getDeclaredConstructor(types).getParameters();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String name = prefix + "." + components[i].getName();
            DefaultValue defaults = parameters[i].getAnnotation(DefaultValue.class);
            if (defaults != null) {
                Arrays.stream(defaults.value()).filter(value -> value.contains("${"))
                        .forEach(value -> found.add(name + " = " + value));
            }
            if (types[i].isRecord()) {
                found.addAll(placeholders(types[i], name));
            }
        }
        return found;
    }
}
