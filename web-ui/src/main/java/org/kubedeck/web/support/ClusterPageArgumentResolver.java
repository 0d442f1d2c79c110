package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/** Lets page handlers take the {@link ClusterPage} their path names as a parameter. */
class ClusterPageArgumentResolver implements HandlerMethodArgumentResolver {

    private final ClusterQuery clusters;

    ClusterPageArgumentResolver(ClusterQuery clusters) {
        this.clusters = clusters;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ClusterPage.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Actor actor = ActorArgumentResolver.actor(request);
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        ClusterPage page = new ClusterPage(clusters.cluster(actor, ClusterParameter.of(path.get("cluster"))));
        mavContainer.addAttribute("cluster", page.cluster());
        mavContainer.addAttribute("mayChange", actor.permissions().allows(page.name(), ClusterAction.CHANGE));
        return page;
    }
}
