package org.kubedeck.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's description as a page for signed-in users: every call grouped by its controller, with its
 * parameters and the fields of what it takes and answers, read from the same OpenAPI description that
 * {@code /v3/api-docs} serves.
 */
@Controller
class ApiDocsController {

    private static final String DOCS = "/v3/api-docs";

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json;

    ApiDocsController(OpenApiWebMvcResource openApi, JsonMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    record Parameter(String name, String in, boolean required, String type) {
    }

    /** {@code body} and {@code answer}: a schema's name and its fields ({@code name: type}), empty when none. */
    record Call(String method, String path, List<Parameter> parameters, Shape body, Shape answer) {
    }

    record Shape(String name, List<String> fields) {

        static final Shape NONE = new Shape("", List.of());
    }

    @GetMapping("/api-docs")
    String page(HttpServletRequest request, Locale locale, Model model) throws JsonProcessingException {
        JsonNode docs = json.readTree(openApi.openapiJson(request, DOCS, locale));
        JsonNode schemas = docs.path("components").path("schemas");
        Map<String, List<Call>> groups = new TreeMap<>();
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode call = operation.getValue();
            List<Parameter> parameters = new ArrayList<>();
            call.path("parameters").forEach(parameter -> parameters.add(new Parameter(
                    parameter.path("name").asString(), parameter.path("in").asString(),
                    parameter.path("required").asBoolean(), type(parameter.path("schema")))));
            String group = call.path("tags").path(0).asString("").replace("-api-controller", "").replace('-', ' ');
            groups.computeIfAbsent(group, name -> new ArrayList<>()).add(new Call(
                    operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                    shape(call.path("requestBody").path("content"), schemas),
                    shape(call.path("responses").path("200").path("content"), schemas)));
        }));
        groups.values().forEach(calls -> calls.sort((a, b) -> (a.path() + a.method()).compareTo(b.path()
                + b.method())));
        model.addAttribute("groups", groups);
        model.addAttribute("calls", groups.values().stream().mapToInt(List::size).sum());
        return "api/docs";
    }

    private static Shape shape(JsonNode content, JsonNode schemas) {
        JsonNode schema = content.path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return Shape.NONE;
        }
        String reference = reference(schema);
        JsonNode resolved = reference.isEmpty() ? schema : schemas.path(reference);
        List<String> fields = new ArrayList<>();
        resolved.path("properties").properties().forEach(field -> fields.add(field.getKey() + ": "
                + type(field.getValue())));
        return new Shape(reference.isEmpty() ? type(schema) : reference, fields);
    }

    /** {@code string}, {@code integer}, {@code [PodJson]}, {@code {string}} for a map, or the schema's name. */
    private static String type(JsonNode schema) {
        String reference = reference(schema);
        if (!reference.isEmpty()) {
            return reference;
        }
        return switch (schema.path("type").asString("")) {
            case "array" -> "[" + type(schema.path("items")) + "]";
            case "object" -> schema.has("additionalProperties") ? "{" + type(schema.path("additionalProperties"))
                    + "}" : "object";
            case "" -> "any";
            default -> schema.path("type").asString();
        };
    }

    private static String reference(JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        return reference.substring(reference.lastIndexOf('/') + 1);
    }
}
