package org.kubedeck.web.support;

import java.util.Optional;
import java.util.function.Supplier;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * An action of a page whose refusals the user can correct on the same page (bad input, a conflict, an
 * unreachable or busy cluster): the refusal comes back as a value for the page to show beside what caused it,
 * mapped as {@link DomainError} maps it. Refusals nobody can correct on the page (not allowed, not found) are
 * not caught: they go on to the problem page. Controllers try actions through this class, never with a catch.
 *
 * @param value   what the action answered, when it was not refused
 * @param refusal why it was refused
 */
public record Attempt<T>(Optional<T> value, Optional<Refusal> refusal) {

    /** Why an action was refused: the sentence, the input at fault if known, and the status to answer with. */
    public record Refusal(String message, String field, HttpStatus status, boolean conflict) {
    }

    public static <T> Attempt<T> of(Supplier<T> action) {
        try {
            return new Attempt<>(Optional.ofNullable(action.get()), Optional.empty());
        } catch (DomainException e) {
            DomainError error = DomainError.of(e);
            if (!error.correctable()) {
                throw e;
            }
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            return new Attempt<>(Optional.empty(), Optional.of(new Refusal(ErrorText.of(e), field, error.status(),
                    error.status() == HttpStatus.CONFLICT)));
        }
    }

    public static Attempt<Void> run(Runnable action) {
        return of(() -> {
            action.run();
            return null;
        });
    }

    public boolean refused() {
        return refusal.isPresent();
    }

    /** The value as {@code valueName} in the model, or the refusal as {@code refusalName}. */
    public void into(Model model, String valueName, String refusalName) {
        value.ifPresent(found -> model.addAttribute(valueName, found));
        refusal.ifPresent(refused -> model.addAttribute(refusalName, refused));
    }
}
