package org.kubedeck.domain;

/** Input that cannot become a domain value. Names the field so a form can show the message beside it. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
