package org.kubedeck.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.kubedeck.domain.Message;
import org.kubedeck.web.security.SsoFailures;
import org.kubedeck.web.security.SsoSettings;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SsoSettings sso;

    LoginController(SsoSettings sso) {
        this.sso = sso;
    }

    /**
     * The page explains why it is shown: ?error, ?throttled=N, ?expired, ?disabled, ?logout, ?password_off,
     * ?sso_failed, or ?refused with the reason single sign-on kept in the session. It offers the password form, the
     * identity provider's button, or both, as configured.
     */
    @GetMapping("/login")
    String login(Authentication authentication, HttpServletRequest request, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("sso", sso);
        // The session a refusal came in, if any: showing the page to a visitor makes none.
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SsoFailures.REFUSAL) instanceof String refusal) {
            session.removeAttribute(SsoFailures.REFUSAL);
            model.addAttribute("refusal", Message.fromStored(refusal));
        }
        return "login";
    }
}
