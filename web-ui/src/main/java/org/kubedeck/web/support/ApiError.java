package org.kubedeck.web.support;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Every JSON error: a stable code for scripts, a sentence for people, and the field at fault if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String field) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
