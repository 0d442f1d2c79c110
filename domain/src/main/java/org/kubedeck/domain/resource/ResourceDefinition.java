package org.kubedeck.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A custom resource definition: the kind it adds, where, and each of its versions with the columns its lists print
 * and the schema its objects follow.
 *
 * @param name the definition's name, which is also the kind's resource as kubectl names it ({@code widgets.example.com})
 */
public record ResourceDefinition(String name, String group, String kind, String plural, boolean namespaced,
        List<Version> versions) {

    public ResourceDefinition {
        versions = List.copyOf(versions);
    }

    /** The version objects are stored in, else the first served one. */
    public Optional<Version> storageVersion() {
        return versions.stream().filter(Version::storage).findFirst()
                .or(() -> versions.stream().filter(Version::served).findFirst());
    }

    /**
     * A new object of this version as YAML, to fill in: its apiVersion and kind, a name (and a namespace for a
     * namespaced kind), and each field its schema requires, with a placeholder by its type.
     */
    public String template(Version version, String namespace) {
        List<String> lines = new ArrayList<>(List.of("apiVersion: " + group + "/" + version.name(), "kind: " + kind,
                "metadata:", "  name: \"\""));
        if (namespaced) {
            lines.add("  namespace: " + (namespace == null || namespace.isEmpty() ? "default" : namespace));
        }
        if (version.schema() != null) {
            lines.addAll(version.schema().skeleton());
        }
        return String.join("\n", lines) + "\n";
    }

    /** @param schema null when the version gives none */
    public record Version(String name, boolean served, boolean storage, List<PrinterColumn> printerColumns,
            SchemaField schema) {

        public Version {
            printerColumns = List.copyOf(printerColumns);
        }
    }

    /** A column of the kind's lists: its name, type and where in the object its value is. */
    public record PrinterColumn(String name, String type, String jsonPath, String description, int priority) {
    }
}
