package org.kubedeck.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API (springdoc, at {@code /v3/api-docs}): the {@code /api/**} controllers'
 * mappings, with the snake_case names the API speaks. The signed-in user is no parameter: it comes from the session
 * or the token.
 */
@Configuration
class ApiDocsConfig {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, ClusterPage.class);
    }

    @Bean
    OpenAPI kubedeckApi() {
        return new OpenAPI().info(new Info().title("Kubedeck JSON API").version("v1").description(
                "Sign in with POST /api/login (a session cookie, and the XSRF-TOKEN cookie's value as the "
                        + "X-XSRF-TOKEN header of every change), or send an API token as "
                        + "Authorization: Bearer. docs/api.md describes each call."));
    }

    /**
     * swagger-core reads the records with a Jackson 2 mapper of its own; it is told the API's naming. Each
     * controller declares its answers as records of its own, so two may share a simple name ({@code PodJson}):
     * a schema is named after its controller too ({@code NodeDrainApi.PodJson}).
     */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE),
                new ControllerQualifiedNames());
    }

    private static final class ControllerQualifiedNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            Class<?> outer = type.getEnclosingClass();
            String name = super.getNameOfClass(type);
            return outer == null || !type.getName().startsWith("org.kubedeck.") ? name
                    : outer.getSimpleName().replace("Controller", "") + "." + type.getSimpleName();
        }
    }
}
