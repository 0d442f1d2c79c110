package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.kubedeck.domain.user.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets handlers take the signed-in {@link Actor} as a parameter. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return actor(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    static Actor actor(HttpServletRequest request) {
        return CurrentActor.actor(request)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
