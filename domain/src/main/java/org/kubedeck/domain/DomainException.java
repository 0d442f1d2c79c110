package org.kubedeck.domain;

import java.util.Optional;

/**
 * A rule of the product was broken; the message is written for the person who broke it. Raised with a
 * {@link Message}, the interface shows it in the user's language; the exception's own message is the English
 * text, for logs and the audit log.
 */
public abstract class DomainException extends RuntimeException {

    private final transient Message text;

    protected DomainException(String message) {
        super(message);
        this.text = null;
    }

    protected DomainException(Message message) {
        super(message.text());
        this.text = message;
    }

    /** The key and arguments to translate the message by; empty for a message written in English only. */
    public Optional<Message> text() {
        return Optional.ofNullable(text);
    }

    /** What to show: the message to translate, or the English one as it is. */
    public Message message() {
        return text().orElseGet(() -> Message.english(getMessage()));
    }
}
