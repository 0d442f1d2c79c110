package org.kubedeck.web.account;

import jakarta.servlet.http.HttpSession;
import org.kubedeck.application.user.port.in.ChangePasswordUseCase;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.web.security.UserSessions;
import org.kubedeck.web.support.Attempt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

    private final ChangePasswordUseCase changePassword;
    private final UserSessions sessions;

    AccountController(ChangePasswordUseCase changePassword, UserSessions sessions) {
        this.changePassword = changePassword;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(Actor actor, @RequestParam("current_password") String currentPassword,
            @RequestParam("new_password") String newPassword, @RequestParam("confirm_password") String confirm,
            HttpSession session, Model model, RedirectAttributes redirect) {
        Attempt<Void> change = Attempt.run(() -> {
            if (!newPassword.equals(confirm)) {
                throw new InvalidInputException("confirm_password", Message.of("account.twoNewPasswordsDiffer",
                        "The two new passwords differ."));
            }
            changePassword.changeOwnPassword(actor, currentPassword, new NewPassword(newPassword));
            sessions.passwordChanged(actor, actor.username(), session.getId());
        });
        if (change.refused()) {
            model.addAttribute("error", change.refusal().get().message());
            model.addAttribute("errorField", change.refusal().get().field());
            return "account/password";
        }
        redirect.addFlashAttribute("flash", "account.passwordChanged");
        return "redirect:/";
    }
}
