package org.kubedeck.web.container;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.CurrentActor;
import org.kubedeck.web.support.DomainError;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.RequestPath;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web terminal's WebSocket at {@value #PATH}. Its handshake is an HTTP request like any other: the session
 * must be signed in (the security filters answer 401 otherwise), the {@code Origin} must be the console's own (no
 * page of another site can open a terminal with a user's cookies), and the user must have write on the cluster
 * (403 or 404, audited, before any upgrade).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ContainerSocketConfig implements WebSocketConfigurer {

    static final String PATH = "/api/k8s/containers/{cluster}/{namespace}/{pod}/{container}/exec/ws";
    /**
     * The path matched again here for its variables: the handler mapping does not hand them over in every setup
     * (not under a context path).
     */
    private static final PathPattern PATTERN = PathPatternParser.defaultInstance.parse(PATH);

    private final ContainerTerminalUseCase terminals;
    private final JsonMapper json;

    ContainerSocketConfig(ContainerTerminalUseCase terminals, JsonMapper json) {
        this.terminals = terminals;
        this.json = json;
    }

    /** No allowed origins are named: only the console's own origin may connect. */
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new ContainerTerminalSocket(terminals, json), PATH)
                .addInterceptors(new MayOpenTerminal());
    }

    /** The signed-in actor and the container of the path, checked and handed to the socket. */
    private final class MayOpenTerminal implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                WebSocketHandler handler, Map<String, Object> attributes) {
            HttpServletRequest servlet = ((ServletServerHttpRequest) request).getServletRequest();
            Actor actor = CurrentActor.actor(servlet).orElse(null);
            if (actor == null) {
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
            try {
                PathPattern.PathMatchInfo match = PATTERN.matchAndExtract(RequestPath.parse(
                        servlet.getRequestURI(), servlet.getContextPath()).pathWithinApplication());
                if (match == null) {
                    response.setStatusCode(HttpStatus.NOT_FOUND);
                    return false;
                }
                ContainerRef container = ContainerPath.of(match.getUriVariables());
                terminals.mayOpen(actor, container);
                attributes.put(ContainerTerminalSocket.ACTOR, actor);
                attributes.put(ContainerTerminalSocket.CONTAINER, container);
                return true;
            } catch (DomainException e) {
                response.setStatusCode(DomainError.of(e).status());
                return false;
            }
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                WebSocketHandler handler, Exception exception) {
            // Nothing to do once upgraded.
        }
    }
}
