package org.kubedeck.web.security;

import org.springframework.security.core.AuthenticationException;

/** Password sign-in is switched off ({@code kubedeck.login.password=false}): only single sign-on lets people in. */
public class PasswordSignInOffException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    public PasswordSignInOffException() {
        super("Password sign-in is switched off; sign in through single sign-on.");
    }
}
