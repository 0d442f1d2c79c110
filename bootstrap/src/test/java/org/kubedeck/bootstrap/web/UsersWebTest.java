package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;


@WebTest
class UsersWebTest {

    @Autowired
    Fixtures f;

    private String admin;
    private WebSession adminClient;

    @BeforeEach
    void signInAdmin() {
        admin = f.user("root", Permissions.ADMINISTRATOR);
        adminClient = f.signedIn(admin);
    }

    private static Map<String, Object> userBody(String name, String password, Map<String, Object> permissions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", name);
        body.put("password", password);
        body.put("permissions", permissions);
        return body;
    }

    @Test
    void adminCreatesReadsUpdatesAndDeletesAUserThroughTheApi() {
        String prod = f.cluster("prod");
        var created = adminClient.postJson("/api/admin/users", userBody("lihua", "first-password",
                Map.of("clusters", Map.of(prod, "write")))).assertStatus(201).json();
        assertThat(created.at("/permissions/clusters/" + prod).asString()).isEqualTo("write");
        assertThat(created.get("must_change_password").asBoolean()).isTrue();
        User stored = f.users().find(Username.of("lihua")).orElseThrow();
        assertThat(stored.permissions().levelOn(ClusterName.of(prod))).contains(AccessLevel.WRITE);
        assertThat(stored.passwordHash().encoded()).startsWith("{bcrypt}").doesNotContain("first-password");

        assertThat(adminClient.get("/api/admin/users").assertStatus(200).json().findValuesAsString("username"))
                .contains("lihua", admin);

        var updated = adminClient.putJson("/api/admin/users/lihua", Map.of("permissions",
                Map.of("read", true), "enabled", false)).assertStatus(200).json();
        assertThat(updated.get("enabled").asBoolean()).isFalse();
        assertThat(f.users().find(Username.of("lihua")).orElseThrow().permissions())
                .isEqualTo(Permissions.globalRead());

        adminClient.delete("/api/admin/users/lihua").assertStatus(204);
        assertThat(f.users().exists(Username.of("lihua"))).isFalse();
        adminClient.get("/api/admin/users/lihua").assertStatus(404);
        assertThat(f.auditCount("user_created", admin)).isEqualTo(1);
        assertThat(f.auditCount("user_updated", admin)).isEqualTo(1);
        assertThat(f.auditCount("user_deleted", admin)).isEqualTo(1);
    }

    @Test
    void refusalsSpeakTheUsersLanguageOnPagesAndInJsonWithTheSameCodes() {
        adminClient.get("/?lang=zh-CN").assertStatus(200);

        var json = adminClient.postJson("/api/admin/users", userBody("bad name", "long-enough-pw", Map.of()))
                .assertStatus(400).json();
        assertThat(json.get("error").asString()).isEqualTo("invalid_input");
        assertThat(json.get("field").asString()).isEqualTo("username");
        assertThat(json.get("message").asString()).isEqualTo(
                "用户名以字母或数字开头，只能包含字母、数字、“.”、“_”或“-”。");
        assertThat(adminClient.get("/users/nobody-here/edit").assertStatus(404).body())
                .contains("用户“nobody-here”不存在。");

        adminClient.get("/?lang=en").assertStatus(200);
        assertThat(adminClient.get("/users/nobody-here/edit").assertStatus(404).body())
                .contains("User &#39;nobody-here&#39; does not exist.");
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        var shortPassword = adminClient.postJson("/api/admin/users", userBody("shorty", "short", Map.of()))
                .assertStatus(400).json();
        assertThat(shortPassword.get("field").asString()).isEqualTo("password");
        var badName = adminClient.postJson("/api/admin/users", userBody("bad name", "long-enough-pw", Map.of()))
                .assertStatus(400).json();
        assertThat(badName.get("field").asString()).isEqualTo("username");
        var badLevel = adminClient.postJson("/api/admin/users", userBody("levels", "long-enough-pw",
                Map.of("clusters", Map.of("prod", "owner")))).assertStatus(400).json();
        assertThat(badLevel.get("message").asString()).contains("owner");
        adminClient.postJson("/api/admin/users", "not an object").assertStatus(400);
        var typo = adminClient.postJson("/api/admin/users", userBody("typo", "long-enough-pw",
                Map.of("clusters", Map.of("rgi", "read")))).assertStatus(400).json();
        assertThat(typo.get("field").asString()).isEqualTo("clusters");
        assertThat(typo.get("message").asString()).isEqualTo("Cluster 'rgi' is not registered.");
        assertThat(f.users().exists(Username.of("typo"))).isFalse();
        assertThat(f.users().exists(Username.of("shorty"))).isFalse();
        assertThat(f.users().exists(Username.of("levels"))).isFalse();
    }

    @Test
    void duplicateUsernameIs409() {
        String existing = f.user("taken", Permissions.globalRead());
        adminClient.postJson("/api/admin/users", userBody(existing, "long-enough-pw", Map.of("admin", true)))
                .assertStatus(409);
        assertThat(f.users().find(Username.of(existing)).orElseThrow().permissions().admin()).isFalse();
    }

    @Test
    void readUserIsRefusedUserAdministrationWith403AndEachRefusalIsAudited() {
        String reader = f.user("reader", Permissions.globalRead());
        WebSession client = f.signedIn(reader);
        assertThat(client.get("/api/admin/users").assertStatus(403).json().get("error").asString())
                .isEqualTo("forbidden");
        client.postJson("/api/admin/users", userBody("sneaky", "long-enough-pw", Map.of("admin", true)))
                .assertStatus(403);
        client.putJson("/api/admin/users/" + reader, Map.of("permissions", Map.of("admin", true)))
                .assertStatus(403);
        client.delete("/api/admin/users/" + admin).assertStatus(403);
        assertThat(client.get("/users").assertStatus(403).body()).contains("Not allowed.");

        assertThat(f.users().exists(Username.of("sneaky"))).isFalse();
        assertThat(f.users().find(Username.of(reader)).orElseThrow().permissions().admin()).isFalse();
        assertThat(f.auditCount("denied", reader)).isEqualTo(5);
    }

    @Test
    void writeUserAndClusterAdminAreNotUserAdmins() {
        for (Permissions permissions : List.of(Permissions.globalWrite(),
                Permissions.perCluster(Map.of(ClusterName.of("prod"), AccessLevel.ADMIN)))) {
            WebSession client = f.signedIn(f.user("lower", permissions));
            client.get("/api/admin/users").assertStatus(403);
            client.get("/users/new").assertStatus(403);
            client.postForm("/users", Map.of("username", "via-form", "password", "long-enough-pw"))
                    .assertStatus(403);
        }
        assertThat(f.users().exists(Username.of("via-form"))).isFalse();
    }

    @Test
    void adminCannotDeleteThemselves() {
        var json = adminClient.delete("/api/admin/users/" + admin).assertStatus(400).json();
        assertThat(json.get("message").asString()).contains("yourself");
        assertThat(f.users().exists(Username.of(admin))).isTrue();
    }

    @Test
    void usersPageListsUsersAndTheFormCreatesOne() {
        String name = "form-user-" + System.nanoTime();
        String staging = f.cluster("staging");
        assertThat(adminClient.get("/users/new").body()).as("the registered clusters to choose from")
                .contains("<option value=\"" + staging + "\">");
        WebSession.Response created = adminClient.postForm("/users", Map.of("username", name,
                "password", "long-enough-pw", "read", "true", "clusterNames", staging, "clusterLevels", "admin"));
        assertThat(created.location()).as("the list, filtered to the new user").isEqualTo("/users?q=" + name);
        String page = adminClient.get(created.location()).assertStatus(200).body();
        assertThat(page).contains(name, staging + ": admin", "User created.", "/users/" + name + "/delete")
                .doesNotContain("/users/" + admin + "/edit");
        assertThat(adminClient.get("/users?q=" + admin).body()).contains("/users/" + admin + "/edit")
                .as("no delete button for oneself").doesNotContain("/users/" + admin + "/delete");
        assertThat(adminClient.get("/users?q=nobody-has-this-name").body()).contains("No users yet.");
        assertThat(f.users().find(Username.of(name)).orElseThrow().permissions()
                .levelOn(ClusterName.of(staging))).contains(AccessLevel.ADMIN);
    }

    @Test
    void formErrorsAreShownInlineAndKeepTheInput() {
        String page = adminClient.postForm("/users", Map.of("username", "fine-name", "password", "short"))
                .assertStatus(200).body();
        assertThat(page).contains("A password has at least 8 characters.", "value=\"fine-name\"", "invalid");
        assertThat(f.users().exists(Username.of("fine-name"))).isFalse();
        String badCluster = adminClient.postForm("/users", Map.of("username", "fine-name2", "password",
                "long-enough-pw", "clusterNames", "Not_A_Label", "clusterLevels", "read")).assertStatus(200).body();
        assertThat(badCluster).contains("must be a DNS label");
        String typo = adminClient.postForm("/users", Map.of("username", "fine-name3", "password",
                "long-enough-pw", "clusterNames", "rgi", "clusterLevels", "read")).assertStatus(200).body();
        assertThat(typo).as("the error beside the grants, and the typed cluster kept").contains(
                "id=\"clusters-error\"", "Cluster &#39;rgi&#39; is not registered.", "rgi (not registered)",
                "value=\"fine-name3\"");
        assertThat(f.users().exists(Username.of("fine-name3"))).isFalse();
    }

    @Test
    void htmxAddsAClusterRowAndDeletesARow() {
        String row = adminClient.get("/users/cluster-row", "HX-Request", "true").assertStatus(200).body();
        assertThat(row).startsWith("<tr>").contains("name=\"clusterNames\"", "name=\"clusterLevels\"");

        String doomed = f.user("doomed", Permissions.globalRead());
        adminClient.postForm("/users/" + doomed + "/delete", Map.of(), "HX-Request", "true")
                .assertStatus(200);
        assertThat(f.users().exists(Username.of(doomed))).isFalse();

        WebSession.Response refused = adminClient.postForm("/users/" + admin + "/delete", Map.of(),
                "HX-Request", "true");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("HX-Retarget")).contains("#flash");
        assertThat(refused.body()).contains("You cannot delete yourself.");
    }

    @Test
    void editFormChangesPermissionsAndDisablesAUser() {
        String name = f.user("editable", Permissions.globalRead());
        assertThat(adminClient.get("/users/" + name + "/edit").assertStatus(200).body()).contains(name);
        // As a browser posts it: a checked box sends its value, Spring's marker fields say which boxes exist.
        WebSession.Response saved = adminClient.postForm("/users/" + name, Map.of("write", "true",
                "_admin", "on", "_read", "on", "_write", "on", "_enabled", "on"));
        assertThat(saved.location()).isEqualTo("/users");
        User user = f.users().find(Username.of(name)).orElseThrow();
        assertThat(user.permissions()).isEqualTo(Permissions.globalWrite());
        assertThat(user.enabled()).isFalse();
    }
}
