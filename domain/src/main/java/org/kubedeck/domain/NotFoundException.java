package org.kubedeck.domain;

public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(Message message) {
        super(message);
    }
}
