package org.kubedeck.web.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.user.port.in.ManageUsersUseCase;
import org.kubedeck.application.user.port.in.ManageUsersUseCase.CreateUserCommand;
import org.kubedeck.application.user.port.in.ManageUsersUseCase.UpdateUserCommand;
import org.kubedeck.application.user.port.in.UserQuery;
import org.kubedeck.domain.PrintableText;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.kubedeck.web.security.UserSessions;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Attempt.Refusal;
import org.kubedeck.web.support.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class UsersController {

    static final int PAGE_SIZE = 50;

    private final UserQuery query;
    private final ManageUsersUseCase manage;
    private final ClusterQuery clusters;
    private final UserSessions sessions;

    UsersController(UserQuery query, ManageUsersUseCase manage, ClusterQuery clusters, UserSessions sessions) {
        this.query = query;
        this.manage = manage;
        this.clusters = clusters;
        this.sessions = sessions;
    }

    /** One page of the users, those whose name holds {@code q} when given. */
    @GetMapping("/users")
    String list(Actor actor, @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "") String q,
            Model model) {
        String needle = PrintableText.require("q", q.strip()).toLowerCase(Locale.ROOT);
        List<User> users = query.listUsers(actor).stream()
                .filter(user -> user.username().value().toLowerCase(Locale.ROOT).contains(needle)).toList();
        model.addAttribute("q", needle);
        int pages = Math.max(1, (users.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("users", users.subList((current - 1) * PAGE_SIZE,
                Math.min(users.size(), current * PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("total", users.size());
        return "user/list";
    }

    @GetMapping("/users/new")
    String newUser(Actor actor, Model model) {
        query.requireUserAdmin(actor);
        return form(actor, model, new UserForm(), true);
    }

    @GetMapping("/users/cluster-row")
    String clusterRow(Actor actor, Model model) {
        query.requireUserAdmin(actor);
        model.addAttribute("clusterChoices", clusterChoices(actor));
        return "user/form :: clusterRow";
    }

    @PostMapping("/users")
    String create(Actor actor, @ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        Attempt<Void> create = Attempt.run(() -> manage.createUser(actor, new CreateUserCommand(
                Username.of(form.getUsername()), new NewPassword(form.getPassword()), form.permissions())));
        if (create.refused()) {
            return formWithError(actor, model, form, true, create.refusal().get());
        }
        redirect.addFlashAttribute("flash", "users.created");
        // The list shows the new user, whichever page the name would fall on among many.
        redirect.addAttribute("q", form.getUsername().trim());
        return "redirect:/users";
    }

    @GetMapping("/users/{username}/edit")
    String edit(Actor actor, @PathVariable String username, Model model) {
        return form(actor, model, UserForm.of(query.getUser(actor, Username.of(username))), false);
    }

    @PostMapping("/users/{username}")
    String update(Actor actor, @PathVariable String username, @ModelAttribute("form") UserForm form,
            HttpSession session, Model model, RedirectAttributes redirect) {
        form.setUsername(username);
        Attempt<Void> update = Attempt.run(() -> {
            Optional<NewPassword> password = Optional.ofNullable(form.getPassword()).filter(p -> !p.isEmpty())
                    .map(NewPassword::new);
            manage.updateUser(actor, UpdateUserCommand.of(Username.of(username), password, form.permissions(),
                    form.isEnabled()));
            if (password.isPresent()) {
                sessions.passwordChanged(actor, Username.of(username), session.getId());
            }
        });
        if (update.refused()) {
            return formWithError(actor, model, form, false, update.refusal().get());
        }
        redirect.addFlashAttribute("flash", "users.updated");
        return "redirect:/users";
    }

    /** htmx removes the row on 200 with an empty body; without JavaScript the form posts and we redirect. */
    @PostMapping("/users/{username}/delete")
    Object delete(Actor actor, @PathVariable String username, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<Refusal> refused = Attempt.run(() -> manage.deleteUser(actor, Username.of(username))).refusal();
        if (refused.isPresent()) {
            if (Htmx.isHtmx(request)) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                response.setHeader("HX-Retarget", "#flash");
                response.setHeader("HX-Reswap", "innerHTML");
                model.addAttribute("titleKey", "problem.refused");
                model.addAttribute("message", refused.get().message());
                return "problem :: message";
            }
            redirect.addFlashAttribute("flashError", refused.get().message());
            return "redirect:/users";
        }
        if (Htmx.isHtmx(request)) {
            return ResponseEntity.ok("");
        }
        redirect.addFlashAttribute("flash", "users.deleted");
        return "redirect:/users";
    }

    private String form(Actor actor, Model model, UserForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("clusterChoices", clusterChoices(actor));
        return "user/form";
    }

    /** The registered clusters a grant may name, by name. */
    private List<String> clusterChoices(Actor actor) {
        return clusters.visibleClusters(actor).stream().map(cluster -> cluster.name().value()).sorted().toList();
    }

    private String formWithError(Actor actor, Model model, UserForm form, boolean creating, Refusal refusal) {
        model.addAttribute("error", refusal.message());
        model.addAttribute("errorField", refusal.field() != null ? refusal.field() : "username");
        form.setPassword("");
        return form(actor, model, form, creating);
    }
}
