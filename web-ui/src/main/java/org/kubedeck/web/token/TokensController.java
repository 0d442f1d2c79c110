package org.kubedeck.web.token;

import jakarta.servlet.http.HttpServletRequest;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreatedToken;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Htmx;
import org.kubedeck.web.support.UndoUnlessAnswered;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "API tokens" page: everyone manages their own tokens; admins also see and revoke everyone's. */
@Controller
class TokensController {

    private final ManageApiTokensUseCase tokens;

    TokensController(ManageApiTokensUseCase tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/tokens")
    String list(Actor actor, @RequestParam(defaultValue = "false") boolean all, Model model) {
        return page(actor, all, model);
    }

    /**
     * Answers the page itself rather than a redirect: the new token is shown this once and is never put into
     * the session to survive a redirect.
     */
    @PostMapping("/tokens")
    String create(Actor actor, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String project, @RequestParam(defaultValue = "false") boolean readOnly,
            Model model, HttpServletRequest request) {
        Attempt<CreatedToken> created = Attempt.of(() -> tokens.create(actor,
                new CreateTokenCommand(name, project, readOnly)));
        created.value().ifPresent(token -> {
            UndoUnlessAnswered.register(request, () -> tokens.revoke(actor, token.token().id()));
            model.addAttribute("created", token);
        });
        created.refusal().ifPresent(refusal -> {
            model.addAttribute("error", refusal.message());
            model.addAttribute("errorField", refusal.field());
            model.addAttribute("name", name);
            model.addAttribute("project", project);
            model.addAttribute("readOnly", readOnly);
        });
        return page(actor, false, model);
    }

    @PostMapping("/tokens/{id}/delete")
    Object revoke(Actor actor, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        if (Htmx.isHtmx(request)) {
            return ResponseEntity.ok("");
        }
        redirect.addFlashAttribute("flash", "tokens.revoked");
        return "redirect:/tokens";
    }

    private String page(Actor actor, boolean all, Model model) {
        boolean everyone = all && actor.isAdmin();
        model.addAttribute("everyone", everyone);
        model.addAttribute("tokens", everyone ? tokens.all(actor) : tokens.mine(actor));
        return "token/list";
    }
}
