package org.kubedeck.web.support;

import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post, then redirect with a message: the page a form came from shows what was done, or why it was not. A
 * refusal is not a message; it answers with the refusal page and its status.
 */
public final class Flash {

    private Flash() {
    }

    /** Runs the action and redirects to {@code target} with {@code doneKey}, or with the rule it broke. */
    public static String redirectAfter(RedirectAttributes redirect, String doneKey, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", ErrorText.of(e));
        }
        return "redirect:" + target;
    }
}
