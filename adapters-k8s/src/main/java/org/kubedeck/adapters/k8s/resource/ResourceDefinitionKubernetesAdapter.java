package org.kubedeck.adapters.k8s.resource;

import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.apis.ApiextensionsV1Api;
import io.kubernetes.client.openapi.models.V1CustomResourceColumnDefinition;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinitionVersion;
import io.kubernetes.client.openapi.models.V1JSONSchemaProps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.application.resource.port.out.ResourceDefinitions;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceDefinition;
import org.kubedeck.domain.resource.ResourceDefinition.PrinterColumn;
import org.kubedeck.domain.resource.ResourceDefinition.Version;
import org.kubedeck.domain.resource.SchemaField;
import org.springframework.stereotype.Component;

/** Custom resource definitions through the {@code apiextensions.k8s.io/v1} API, their schemas read as trees. */
@Component
class ResourceDefinitionKubernetesAdapter implements ResourceDefinitions {

    private static final ResourceKind DEFINITION = ResourceKind.discovered("apiextensions.k8s.io", "v1",
            "customresourcedefinitions", "CustomResourceDefinition", false);
    private static final ObjectRequests DEFINITIONS = new ObjectRequests("crd", "definition");
    /** Deeper schemas (recursive ones flattened by their generator) are cut here. */
    private static final int DEEPEST = 24;
    private static final JSON JSON = new JSON();

    private final KubernetesCalls calls;

    ResourceDefinitionKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<ResourceDefinition> definitions(ClusterAccess cluster) {
        return calls.call(cluster, DEFINITIONS.translated(Verb.LIST, Subject.all(DEFINITION, null),
                client -> new ApiextensionsV1Api(client).listCustomResourceDefinition().execute().getItems()
                        .stream().map(definition -> definition(definition, false))
                        .sorted(Comparator.comparing(ResourceDefinition::name)).toList()));
    }

    @Override
    public Optional<ResourceDefinition> definition(ClusterAccess cluster, String name) {
        return calls.call(cluster, DEFINITIONS.ifExists(Subject.object(DEFINITION, null, name),
                client -> definition(new ApiextensionsV1Api(client).readCustomResourceDefinition(name).execute(),
                        true)));
    }

    private static ResourceDefinition definition(V1CustomResourceDefinition definition, boolean withSchema) {
        List<Version> versions = new ArrayList<>();
        for (V1CustomResourceDefinitionVersion version : definition.getSpec().getVersions()) {
            List<PrinterColumn> columns = new ArrayList<>();
            for (V1CustomResourceColumnDefinition column : orEmpty(version.getAdditionalPrinterColumns())) {
                columns.add(new PrinterColumn(column.getName(), column.getType(), column.getJsonPath(),
                        column.getDescription(), column.getPriority() == null ? 0 : column.getPriority()));
            }
            V1JSONSchemaProps schema = version.getSchema() == null ? null
                    : version.getSchema().getOpenAPIV3Schema();
            versions.add(new Version(version.getName(), Boolean.TRUE.equals(version.getServed()),
                    Boolean.TRUE.equals(version.getStorage()), columns,
                    withSchema && schema != null ? field("", schema, true, 0) : null));
        }
        return new ResourceDefinition(definition.getMetadata().getName(), definition.getSpec().getGroup(),
                definition.getSpec().getNames().getKind(), definition.getSpec().getNames().getPlural(),
                "Namespaced".equals(definition.getSpec().getScope()), versions);
    }

    private static SchemaField field(String name, V1JSONSchemaProps schema, boolean required, int depth) {
        List<SchemaField> fields = new ArrayList<>();
        String type = schema.getType() == null ? "" : schema.getType();
        V1JSONSchemaProps children = schema;
        V1JSONSchemaProps items = items(schema.getItems());
        if ("array".equals(type) && items != null) {
            type = "array of " + (items.getType() == null ? "any" : items.getType());
            children = items;
        }
        if (Boolean.TRUE.equals(children.getxKubernetesPreserveUnknownFields())) {
            type = type + " (any fields)";
        }
        Map<String, V1JSONSchemaProps> properties = children.getProperties();
        if (properties != null && depth < DEEPEST) {
            List<String> requiredNames = orEmpty(children.getRequired());
            properties.forEach((child, childSchema) -> fields.add(field(child, childSchema,
                    requiredNames.contains(child), depth + 1)));
        }
        List<String> values = orEmpty(schema.getEnum()).stream().map(String::valueOf).toList();
        return new SchemaField(name, type.trim(), required, schema.getDescription(), values, fields);
    }

    /**
     * An array's {@code items}: client-java reads them as a plain object (they may be one schema or a list of
     * them), so the one schema is read again as a schema; a list of them gives no single item type.
     */
    private static V1JSONSchemaProps items(Object items) {
        if (items == null || items instanceof List) {
            return null;
        }
        if (items instanceof V1JSONSchemaProps schema) {
            return schema;
        }
        return JSON.deserialize(JSON.serialize(items), V1JSONSchemaProps.class);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
