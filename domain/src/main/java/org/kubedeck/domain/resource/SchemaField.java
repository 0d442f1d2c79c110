package org.kubedeck.domain.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * A field of an OpenAPI v3 schema, as a tree a person reads: its name, type, whether it is required, what it means,
 * and the fields under it (an object's properties, or those of an array's items).
 *
 * @param type {@code object}, {@code string}, {@code integer}, {@code array of object}...; empty when the schema
 *             leaves it open
 */
public record SchemaField(String name, String type, boolean required, String description, List<String> values,
        List<SchemaField> fields) {

    public SchemaField {
        description = description == null ? "" : description;
        values = List.copyOf(values);
        fields = List.copyOf(fields);
    }

    /**
     * A new object's skeleton from the schema: each required field, and each object that holds one (a {@code spec}
     * with a required field of its own), with a placeholder by its type, nested as the schema nests them; YAML
     * lines indented two spaces a level.
     */
    public List<String> skeleton() {
        List<String> lines = new ArrayList<>();
        fields.stream().filter(SchemaField::needed).forEach(field -> field.write(lines, ""));
        return lines;
    }

    private boolean needed() {
        return required || type.equals("object") && fields.stream().anyMatch(SchemaField::needed);
    }

    private void write(List<String> lines, String indent) {
        List<SchemaField> neededFields = fields.stream().filter(SchemaField::needed).toList();
        if (type.equals("object") && !neededFields.isEmpty()) {
            lines.add(indent + name + ":");
            neededFields.forEach(field -> field.write(lines, indent + "  "));
            return;
        }
        lines.add(indent + name + ": " + placeholder());
    }

    private String placeholder() {
        if (!values.isEmpty()) {
            return values.get(0);
        }
        return switch (type) {
            case "string" -> "\"\"";
            case "integer", "number" -> "0";
            case "boolean" -> "false";
            case "object" -> "{}";
            default -> type.startsWith("array") ? "[]" : "null";
        };
    }
}
