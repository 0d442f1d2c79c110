package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.kubedeck.domain.user.User;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: who is signed in. */
@ControllerAdvice
class PageModel {

    @ModelAttribute("currentUser")
    User currentUser(HttpServletRequest request) {
        return CurrentActor.user(request).orElse(null);
    }
}
