package org.kubedeck.web.support;

import java.util.Map;
import java.util.function.Supplier;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
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
        return redirectWith(redirect, "flash", target, () -> {
            action.run();
            return doneKey;
        });
    }

    /**
     * Runs the action and redirects to {@code target}, which finds what the action answered as {@code answer}; or
     * with the rule it broke.
     */
    public static String redirectWith(RedirectAttributes redirect, String answer, String target,
            Supplier<?> action) {
        try {
            redirect.addFlashAttribute(answer, action.get());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", ErrorText.of(e));
        }
        return "redirect:" + target;
    }

    /**
     * Like {@link #redirectAfter(RedirectAttributes, String, String, Runnable)} for a form of a longer page: a
     * refusal comes back as a {@link FormRefusal} ({@code refused}) with what was typed, and the page opens at
     * the form.
     */
    public static String redirectAfter(RedirectAttributes redirect, String doneKey, String target, String form,
            Map<String, String> typed, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
            return "redirect:" + target;
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            redirect.addFlashAttribute("refused", new FormRefusal(form, typed, field, ErrorText.of(e)));
            return "redirect:" + target + "#" + form;
        }
    }
}
