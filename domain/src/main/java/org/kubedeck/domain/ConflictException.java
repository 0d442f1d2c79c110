package org.kubedeck.domain;

/** The request contradicts the current state, for example a name that is already taken. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(Message message) {
        super(message);
    }
}
