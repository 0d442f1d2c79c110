package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description of the JSON API, checked against every /api/** handler the application maps. */
@WebTest
class ApiDocsWebTest {

    @Autowired
    private Fixtures f;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyApiCallIsDescribedForSignedInUsersOnly() {
        assertThat(f.session().get("/v3/api-docs", "Accept", "application/json").raw().statusCode())
                .as("nobody signed in").isIn(302, 401);

        WebSession reader = f.signedIn(f.user("docs", Permissions.NONE));
        JsonNode paths = reader.get("/v3/api-docs").assertStatus(200).json().get("paths");
        List<String> missing = new ArrayList<>();
        List<String> described = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> {
                    String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                    for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                        String call = verb + " " + path;
                        if (paths.path(path).has(verb.name().toLowerCase(Locale.ROOT))) {
                            described.add(call);
                        } else {
                            missing.add(call + " (" + method.getShortLogMessage() + ")");
                        }
                    }
                }));
        assertThat(described).as("the check sees the API").hasSizeGreaterThan(80)
                .contains("POST /api/k8s/nodes/{cluster}/{node}/drain", "GET /api/k8s/resources/{cluster}/{resource}");
        assertThat(missing).as("API calls the description leaves out").isEmpty();
        assertThat(paths.path("/api/login").has("post")).isTrue();

        JsonNode schemas = reader.get("/v3/api-docs").json().get("components").get("schemas");
        assertThat(schemas.get("NodeDrainApi.DrainJson").get("properties").has("dry_run"))
                .as("fields as the API names them").isTrue();
        assertThat(reader.get("/api-docs").assertStatus(200).body())
                .contains("POST /api/k8s/nodes/{cluster}/{node}/drain", "dry_run: boolean");
    }
}
