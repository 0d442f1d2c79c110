package org.kubedeck.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFieldTest {

    private static SchemaField field(String name, String type, boolean required, SchemaField... fields) {
        return new SchemaField(name, type, required, "", List.of(), List.of(fields));
    }

    @Test
    void aNewObjectGetsEachRequiredFieldWithAPlaceholderOfItsType() {
        SchemaField spec = field("spec", "object", true,
                field("size", "integer", true), field("colour", "string", false),
                field("ports", "array of object", true),
                field("tls", "object", true, field("enabled", "boolean", true)),
                new SchemaField("mode", "string", true, "", List.of("fast", "slow"), List.of()));
        SchemaField root = field("", "object", true, spec, field("status", "object", false));

        assertThat(root.skeleton()).containsExactly("spec:", "  size: 0", "  ports: []", "  tls:",
                "    enabled: false", "  mode: fast");
    }

    @Test
    void aDefinitionsTemplateNamesItsKindAndVersionAndFillsWhatTheSchemaRequires() {
        SchemaField root = field("", "object", true, field("spec", "object", false, field("size", "integer", true)),
                field("status", "object", false, field("phase", "string", false)));
        ResourceDefinition widgets = new ResourceDefinition("widgets.example.com", "example.com", "Widget",
                "widgets", true, List.of(new ResourceDefinition.Version("v1", true, true, List.of(), root)));

        assertThat(widgets.template(widgets.storageVersion().orElseThrow(), "shop")).isEqualTo("""
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: ""
                  namespace: shop
                spec:
                  size: 0
                """);
    }
}
