package org.kubedeck.domain;

/** The actor is known but lacks the grant for what it asked. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(Message message) {
        super(message);
    }
}
