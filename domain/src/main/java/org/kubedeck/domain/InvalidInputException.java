package org.kubedeck.domain;

/** Input that cannot become a domain value. Names the field so a form can show the message beside it. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidInputException(String field, Message message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same refusal about another input: a value checked as part of a larger one, named as that one. */
    public InvalidInputException inField(String otherField) {
        return text().map(text -> new InvalidInputException(otherField, text))
                .orElseGet(() -> new InvalidInputException(otherField, getMessage()));
    }
}
