package org.kubedeck.domain;

/** A rule of the product was broken; the message is written for the person who broke it. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
