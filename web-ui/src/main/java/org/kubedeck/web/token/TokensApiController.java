package org.kubedeck.web.token;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreatedToken;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.UndoUnlessAnswered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for scripts, managed from a signed-in session; the token itself is answered once, on creation. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApiController {

    private final ManageApiTokensUseCase tokens;

    TokensApiController(ManageApiTokensUseCase tokens) {
        this.tokens = tokens;
    }

    /** {@code read_only}: left out, false. */
    record TokenRequest(String name, String project, Boolean readOnly) {
    }

    record CreatedTokenJson(long id, String name, String project, String token, String prefix, Instant createdAt,
            boolean readOnly) {
    }

    record TokenJson(long id, String owner, String name, String project, String prefix, Instant createdAt,
            Instant lastUsedAt, boolean readOnly) {

        static TokenJson of(ApiToken token) {
            return new TokenJson(token.id(), token.owner().value(), token.name(), token.project(), token.prefix(),
                    token.createdAt(), token.lastUsedAt(), token.readOnly());
        }
    }

    @PostMapping
    ResponseEntity<CreatedTokenJson> create(Actor actor, @RequestBody TokenRequest body,
            HttpServletRequest request) {
        CreatedToken created = tokens.create(actor, new CreateTokenCommand(body.name(), body.project(),
                Boolean.TRUE.equals(body.readOnly())));
        ApiToken token = created.token();
        UndoUnlessAnswered.register(request, () -> tokens.revoke(actor, token.id()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedTokenJson(token.id(), token.name(),
                token.project(), created.secret(), token.prefix(), token.createdAt(), token.readOnly()));
    }

    /** The caller's tokens; with {@code ?all=true}, every user's (admins). */
    @GetMapping
    List<TokenJson> list(Actor actor, @RequestParam(defaultValue = "false") boolean all) {
        return (all ? tokens.all(actor) : tokens.mine(actor)).stream().map(TokenJson::of).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}
