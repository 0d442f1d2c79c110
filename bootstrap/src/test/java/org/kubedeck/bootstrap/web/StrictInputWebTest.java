package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Input a careless or hostile client sends: refused with the status it deserves, naming the field. */
@WebTest
class StrictInputWebTest {

    @Autowired
    Fixtures f;

    @Test
    void anOverlongUsernameIsAnOrdinaryFailedSignInCountedAndAudited() {
        String typed = "x".repeat(300);

        var answer = f.session().apiLogin(typed, "whatever-password").assertStatus(401).json();

        assertThat(answer.get("error").asString()).isEqualTo("invalid_credentials");
        String shown = typed.substring(0, Username.MAX_LENGTH);
        assertThat(f.auditCount("login_failed", shown)).isEqualTo(1);
        assertThat(f.jdbc().sql("select failures from login_throttle where throttle_key = ?")
                .param("user:" + shown).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aUsernameWithANulByteIsAnOrdinaryFailedSignIn() {
        f.session().apiLogin("mallory\u0000admin", "whatever-password").assertStatus(401);

        assertThat(f.auditCount("login_failed", "mallory\uFFFDadmin")).isEqualTo(1);
    }

    @Test
    void controlCharactersInNamesAreRefusedNamingTheFieldAndStoreNothing() {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
        JsonNode token = admin.postJson("/api/v1/tokens", Map.of("name", "ci\u0000bot")).assertStatus(400).json();
        assertThat(token.get("field").asString()).isEqualTo("name");
        assertThat(f.jdbc().sql("select count(*) from api_tokens where name like 'ci%bot'").query(Long.class)
                .single()).isZero();

        JsonNode cluster = admin.postJson("/api/admin/clusters", Map.of("name", "nul-test",
                "display_name", "Shop\u001b[31m", "kubeconfig_content", "apiVersion: v1")).assertStatus(400).json();
        assertThat(cluster.get("field").asString()).isEqualTo("display_name");
        assertThat(f.jdbc().sql("select count(*) from clusters where name = 'nul-test'").query(Long.class).single())
                .isZero();
    }

    @Test
    void everyQuantityKubernetesAcceptsMakesAQuotaAndOneItCannotStoreIsRefusedNamingTheField() {
        try (RigNamespace namespace = RigNamespace.open()) {
            WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
            String cluster = "q" + java.util.UUID.randomUUID().toString().substring(0, 6);
            admin.postJson("/api/admin/clusters", Map.of("name", cluster, "kubeconfig_content",
                    namespace.rig().kubeconfig())).assertStatus(201);

            admin.postJson("/api/k8s/resourcequota/create", Map.of("cluster", cluster, "namespace",
                    namespace.name(), "name", "huge", "hard", Map.of("requests.memory", "1Ei", "requests.cpu",
                            "500m", "pods", "1e3"))).assertStatus(201);
            assertThat(namespace.objects().resourceQuotas().inNamespace(namespace.name()).withName("huge").get()
                    .getSpec().getHard().get("requests.memory").toString()).isEqualTo("1Ei");
            assertThat(admin.get("/api/k8s/resourcequota/" + cluster + "/" + namespace.name() + "/huge/usage")
                    .assertStatus(200).body()).as("shown, not a failure").contains("\"resource\":\"requests.memory\"");

            JsonNode refused = admin.postJson("/api/k8s/resourcequota/create", Map.of("cluster", cluster,
                    "namespace", namespace.name(), "name", "too-big", "hard", Map.of("requests.cpu", "1e309")))
                    .assertStatus(400).json();
            assertThat(refused.get("field").asString()).contains("requests.cpu");
            assertThat(namespace.objects().resourceQuotas().inNamespace(namespace.name()).withName("too-big").get())
                    .isNull();
        }
    }

    @Test
    void jsonBooleansAndIntegersAreStrict() {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
        String user = f.user("plain", Permissions.globalRead());

        for (Object notABoolean : new Object[] {"true", 1}) {
            JsonNode refused = admin.putJson("/api/admin/users/" + user, Map.of("permissions",
                    Map.of("admin", notABoolean))).assertStatus(400).json();
            assertThat(refused.get("field").asString()).isEqualTo("permissions.admin");
            assertThat(admin.putJson("/api/admin/users/" + user, Map.of("enabled", notABoolean)).assertStatus(400)
                    .json().get("field").asString()).isEqualTo("enabled");
        }
        assertThat(f.users().find(Username.of(user)).orElseThrow().permissions().admin()).isFalse();

        JsonNode replicas = admin.postJson("/api/k8s/workloads/any/shop/deployment/web/scale",
                Map.of("replicas", 1.5)).assertStatus(400).json();
        assertThat(replicas.get("field").asString()).isEqualTo("replicas");
    }
}
