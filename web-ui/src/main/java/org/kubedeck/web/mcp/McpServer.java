package org.kubedeck.web.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kubedeck.application.mcp.port.in.RecordToolCallUseCase;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.mcp.ToolCall;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.DomainError;
import org.kubedeck.web.support.ErrorText;
import org.kubedeck.web.support.mcp.McpArguments;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Model Context Protocol's messages, one JSON-RPC request at a time: {@code initialize}, {@code ping},
 * {@code tools/list} and {@code tools/call}. A tool runs as the caller; what it answers becomes the call's
 * structured content (and the same JSON as text), what refuses it a tool error with the reason the JSON API
 * would give. Every call is audited with its outcome.
 */
@Component
class McpServer {

    /** Newest first: an unknown version asked for is answered with the first. */
    static final List<String> PROTOCOL_VERSIONS = List.of("2025-11-25", "2025-06-18", "2025-03-26");
    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    private static final Logger log = LoggerFactory.getLogger(McpServer.class);
    private static final String INSTRUCTIONS = "Kubedeck's clusters, with the permissions of the token's owner. "
            + "Start with clusters_list; tools that change something are refused to readers and read-only tokens. "
            + "Secret values are never returned.";

    private final Map<String, McpTool> tools;
    private final RecordToolCallUseCase calls;
    private final JsonMapper json;
    private final String version;

    McpServer(List<McpToolbox> toolboxes, RecordToolCallUseCase calls, JsonMapper json) {
        this.tools = toolboxes.stream().flatMap(toolbox -> toolbox.tools().stream())
                .collect(Collectors.toMap(McpTool::name, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two MCP tools are named " + a.name());
                }, TreeMap::new));
        this.calls = calls;
        this.json = json;
        String implementation = McpServer.class.getPackage().getImplementationVersion();
        this.version = implementation == null ? "dev" : implementation;
    }

    /** The answer to one message; empty for a notification or a client's response, which get none. */
    Optional<ObjectNode> answer(JsonNode message, Actor actor) {
        if (!message.isObject() || !"2.0".equals(message.path("jsonrpc").asString(null))) {
            return Optional.of(error(null, INVALID_REQUEST, "Not a JSON-RPC 2.0 message."));
        }
        JsonNode id = message.get("id");
        String method = message.path("method").asString(null);
        if (method == null) {
            // A client's response to a request of ours: there are none.
            return Optional.empty();
        }
        if (id == null || id.isNull()) {
            return Optional.empty();
        }
        JsonNode params = message.path("params");
        return Optional.of(switch (method) {
            case "initialize" -> result(id, initialize(params));
            case "ping" -> result(id, json.createObjectNode());
            case "tools/list" -> result(id, list());
            case "tools/call" -> call(id, params, actor);
            default -> error(id, METHOD_NOT_FOUND, "Method not found: " + method);
        });
    }

    /** The version both sides speak: the client's when this server speaks it, else this server's newest. */
    static String negotiated(String asked) {
        return PROTOCOL_VERSIONS.contains(asked) ? asked : PROTOCOL_VERSIONS.get(0);
    }

    private ObjectNode initialize(JsonNode params) {
        ObjectNode result = json.createObjectNode();
        result.put("protocolVersion", negotiated(params.path("protocolVersion").asString("")));
        result.putObject("capabilities").putObject("tools").put("listChanged", false);
        result.putObject("serverInfo").put("name", "kubedeck").put("title", "Kubedeck").put("version", version);
        result.put("instructions", INSTRUCTIONS);
        return result;
    }

    private ObjectNode list() {
        ObjectNode result = json.createObjectNode();
        var array = result.putArray("tools");
        for (McpTool tool : tools.values()) {
            ObjectNode entry = array.addObject();
            entry.put("name", tool.name());
            entry.put("title", tool.title());
            entry.put("description", tool.description());
            entry.set("inputSchema", json.valueToTree(tool.input().schema()));
            ObjectNode annotations = entry.putObject("annotations");
            annotations.put("title", tool.title());
            annotations.put("readOnlyHint", tool.readOnly());
            annotations.put("destructiveHint", tool.destructive());
            annotations.put("idempotentHint", tool.readOnly());
            annotations.put("openWorldHint", false);
        }
        return result;
    }

    private ObjectNode call(JsonNode id, JsonNode params, Actor actor) {
        String name = params.path("name").asString(null);
        McpTool tool = name == null ? null : tools.get(name);
        if (tool == null) {
            return error(id, INVALID_PARAMS, "Unknown tool: " + name);
        }
        JsonNode given = params.path("arguments");
        if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
            return error(id, INVALID_PARAMS, "The arguments of a tool call are an object.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> arguments = given.isObject() ? json.treeToValue(given, LinkedHashMap.class)
                : new LinkedHashMap<>();
        ToolCall audited = ToolCall.of(tool.name(), arguments);
        try {
            Object answer = tool.handler().call(actor, new McpArguments(arguments));
            calls.record(actor, audited, Outcome.SUCCESS, null);
            return result(id, success(answer));
        } catch (DomainException e) {
            String reason = ErrorText.of(e);
            calls.record(actor, audited, e instanceof AccessDeniedException || e instanceof NotFoundException
                    ? Outcome.DENIED : Outcome.FAILURE, reason);
            return result(id, failure(DomainError.of(e).code(), e, reason));
        } catch (RuntimeException e) {
            log.warn("MCP tool {} failed", tool.name(), e);
            String reason = "The tool failed unexpectedly; the console's log has the details.";
            calls.record(actor, audited, Outcome.FAILURE, reason);
            return result(id, failure("internal_error", null, reason));
        }
    }

    private ObjectNode success(Object answer) {
        JsonNode tree = json.valueToTree(answer);
        ObjectNode structured;
        if (tree.isObject()) {
            structured = (ObjectNode) tree;
        } else {
            structured = json.createObjectNode();
            structured.set("items", tree);
        }
        ObjectNode result = json.createObjectNode();
        result.putArray("content").addObject().put("type", "text").put("text", json.writeValueAsString(structured));
        result.set("structuredContent", structured);
        result.put("isError", false);
        return result;
    }

    private ObjectNode failure(String code, DomainException e, String reason) {
        ObjectNode structured = json.createObjectNode().put("error", code).put("message", reason);
        if (e instanceof InvalidInputException invalid) {
            structured.put("field", invalid.field());
        }
        ObjectNode result = json.createObjectNode();
        result.putArray("content").addObject().put("type", "text").put("text", reason);
        result.set("structuredContent", structured);
        result.put("isError", true);
        return result;
    }

    private ObjectNode result(JsonNode id, ObjectNode result) {
        ObjectNode response = json.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", id);
        response.set("result", result);
        return response;
    }

    ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode response = json.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", id);
        response.putObject("error").put("code", code).put("message", message);
        return response;
    }
}
