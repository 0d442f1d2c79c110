package org.kubedeck.web.mcp;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.kubedeck.domain.user.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server's endpoint, Streamable HTTP without sessions: each POST carries one JSON-RPC message and gets its
 * answer as JSON ({@code 202} and no body for a notification). There is no stream to open with GET, and no session
 * to end with DELETE ({@code 405}). The caller is the owner of the API token the request carries.
 */
@RestController
@RequestMapping("/mcp")
class McpController {

    static final String PROTOCOL_HEADER = "MCP-Protocol-Version";

    private final McpServer server;
    private final JsonMapper json;

    McpController(McpServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
    }

    @RequestMapping(method = RequestMethod.POST)
    ResponseEntity<?> post(Actor actor, @RequestBody(required = false) String body,
            @RequestHeader(name = PROTOCOL_HEADER, required = false) String protocol,
            @RequestHeader(name = HttpHeaders.ORIGIN, required = false) String origin, HttpServletRequest request) {
        if (origin != null && !sameHost(origin, request.getServerName())) {
            return answer(HttpStatus.FORBIDDEN, server.error(null, McpServer.INVALID_REQUEST,
                    "Requests from the page of another site are refused."));
        }
        if (protocol != null && !McpServer.PROTOCOL_VERSIONS.contains(protocol)) {
            return answer(HttpStatus.BAD_REQUEST, server.error(null, McpServer.INVALID_REQUEST,
                    "Unsupported MCP protocol version " + protocol + "; this server speaks "
                            + String.join(", ", McpServer.PROTOCOL_VERSIONS) + "."));
        }
        JsonNode message;
        try {
            message = json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            return answer(HttpStatus.BAD_REQUEST, server.error(null, McpServer.PARSE_ERROR, "Parse error: the body "
                    + "is not JSON."));
        }
        if (message == null || message.isMissingNode()) {
            return answer(HttpStatus.BAD_REQUEST, server.error(null, McpServer.PARSE_ERROR, "Parse error: the body "
                    + "is empty."));
        }
        if (message.isArray()) {
            return answer(HttpStatus.BAD_REQUEST, server.error(null, McpServer.INVALID_REQUEST,
                    "One JSON-RPC message per request; batches are not accepted."));
        }
        return server.answer(message, actor).<ResponseEntity<?>>map(answer -> answer(HttpStatus.OK, answer))
                .orElseGet(() -> ResponseEntity.accepted().build());
    }

    @RequestMapping(method = {RequestMethod.GET, RequestMethod.DELETE})
    ResponseEntity<Void> noStream() {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST").build();
    }

    private static ResponseEntity<JsonNode> answer(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** A browser's page on another host must not reach the server through the user's network (DNS rebinding). */
    private static boolean sameHost(String origin, String host) {
        try {
            String originHost = URI.create(origin).getHost();
            return originHost != null && originHost.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
