package org.kubedeck.web.support;

import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a refusal says, in the language of the request being answered: the translation of its message key
 * ({@code error.<key>} in the interface's texts) with the arguments filled in, else the English text the domain
 * wrote. Pages, forms, flashes and JSON answers all take their refusals' texts from here.
 */
public final class ErrorText {

    private static final String PREFIX = "error.";

    private ErrorText() {
    }

    public static String of(DomainException e) {
        return translated(e.message());
    }

    /** A domain text (a refusal's, a desktop's reason) in the request's language. */
    public static String of(Message message) {
        return message == null ? null : translated(message);
    }

    private static String translated(Message message) {
        if (message.key().isEmpty()) {
            return message.text();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return message.text();
        }
        WebApplicationContext context = RequestContextUtils.findWebApplicationContext(servlet.getRequest());
        if (context == null) {
            return message.text();
        }
        // No arguments: the text comes back as written, and Message fills in its placeholders itself.
        String pattern = context.getMessage(PREFIX + message.key(), null, null,
                RequestContextUtils.getLocale(servlet.getRequest()));
        if (pattern == null) {
            return message.text();
        }
        return Message.format(pattern, message.args().stream().map(arg -> arg instanceof Message part
                ? translated(part) : (String) arg).toList());
    }
}
