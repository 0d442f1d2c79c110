package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/** Lets handlers take the signed-in {@link Actor}, and pages the {@link ClusterPage} their path names. */
class HandlerArguments implements HandlerMethodArgumentResolver {

    private final ClusterQuery clusters;

    HandlerArguments(ClusterQuery clusters) {
        this.clusters = clusters;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType())
                || ClusterPage.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Actor actor = CurrentActor.actor(request)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
        return Actor.class.equals(parameter.getParameterType()) ? actor : page(actor, request, mavContainer);
    }

    private ClusterPage page(Actor actor, HttpServletRequest request, ModelAndViewContainer model) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        ClusterPage page = new ClusterPage(clusters.cluster(actor, ClusterParameter.of(path.get("cluster"))));
        model.addAttribute("cluster", page.cluster());
        model.addAttribute("mayChange", actor.permissions().allows(page.name(), ClusterAction.CHANGE));
        model.addAttribute("mayConfigure", actor.permissions().allows(page.name(), ClusterAction.CONFIGURE));
        return page;
    }
}
