package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@WebTest
class AuditWebTest {

    @Autowired
    Fixtures f;

    private String admin;
    private WebSession adminClient;

    @BeforeEach
    void signInAdmin() {
        admin = f.user("auditor", Permissions.ADMINISTRATOR);
        adminClient = f.signedIn(admin);
    }

    @Test
    void logsApiFiltersByActorAndActionAndPagesWithNext() {
        String reader = f.user("paged", Permissions.globalRead());
        for (int i = 0; i < 5; i++) {
            f.signedIn(reader);
        }
        JsonNode first = adminClient.get("/api/admin/logs?actor=" + reader + "&action=login&limit=2")
                .assertStatus(200).json();
        assertThat(first.get("items")).hasSize(2);
        JsonNode entry = first.get("items").get(0);
        assertThat(entry.get("actor").asString()).isEqualTo(reader);
        assertThat(entry.get("action").asString()).isEqualTo("login");
        assertThat(entry.get("outcome").asString()).isEqualTo("success");
        assertThat(entry.get("ip").asString()).startsWith("10.");
        assertThat(entry.get("detail").isObject()).isTrue();
        assertThat(entry.has("cluster")).isTrue();
        long next = first.get("next").asLong();
        assertThat(next).isEqualTo(first.get("items").get(1).get("id").asLong());

        JsonNode second = adminClient.get("/api/admin/logs?actor=" + reader + "&action=login&limit=2&before="
                + next).assertStatus(200).json();
        assertThat(second.get("items").get(0).get("id").asLong()).isLessThan(next);
        JsonNode third = adminClient.get("/api/admin/logs?actor=" + reader + "&action=login&limit=2&before="
                + second.get("next").asLong()).assertStatus(200).json();
        assertThat(third.get("items")).hasSize(1);
        assertThat(third.get("next").isNull()).isTrue();
    }

    @Test
    void logsApiFiltersByTimeWindow() {
        String reader = f.user("timed", Permissions.globalRead());
        f.signedIn(reader);
        String now = f.clock().instant().toString();
        String hourAgo = f.clock().instant().minusSeconds(3600).toString();
        assertThat(adminClient.get("/api/admin/logs?actor=" + reader + "&start_time=" + hourAgo)
                .assertStatus(200).json().get("items")).hasSize(1);
        assertThat(adminClient.get("/api/admin/logs?actor=" + reader + "&end_time=" + hourAgo)
                .assertStatus(200).json().get("items")).isEmpty();
        var bad = adminClient.get("/api/admin/logs?start_time=yesterday").assertStatus(400).json();
        assertThat(bad.get("field").asString()).isEqualTo("start_time");
        adminClient.get("/api/admin/logs?start_time=" + now + "&end_time=" + hourAgo).assertStatus(400);
        adminClient.get("/api/admin/logs?action=no_such_action").assertStatus(400);
    }

    @Test
    void nonAdminsSeeOnlyTheirOwnEntries() {
        String reader = f.user("own", Permissions.globalRead());
        WebSession client = f.signedIn(reader);
        JsonNode items = client.get("/api/admin/logs").assertStatus(200).json().get("items");
        assertThat(items.findValuesAsString("actor")).isNotEmpty().containsOnly(reader);
        assertThat(client.get("/api/admin/logs?actor=" + admin).json().get("items")).isEmpty();
    }

    @Test
    void auditPageShowsEntriesWithFiltersAndOlderLink() {
        String page = adminClient.get("/audit?action=login&actor=" + admin).assertStatus(200).body();
        assertThat(page).contains(admin, "login").doesNotContain("id=\"older\"");
        assertThat(adminClient.get("/audit?start_time=garbage").assertStatus(200).body())
                .contains("is not an ISO-8601 time");
        for (int i = 0; i < 51; i++) {
            f.signedIn(admin);
        }
        assertThat(adminClient.get("/audit?actor=" + admin).body()).contains("id=\"older\"");
    }

    @Test
    void csvExportHasAHeaderAndOneLinePerEntry() {
        String reader = f.user("csv", Permissions.globalRead());
        f.signedIn(reader);
        f.signedIn(reader);
        WebSession.Response csv = adminClient.get("/audit.csv?actor=" + reader);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,time,actor,ip,action,target,cluster,outcome,detail");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("," + reader + ",", ",login,", "\"{}\"".replace("\"", ""));
    }

    @Test
    void verifyFindsARowEditedInTheDatabase() {
        JsonNode intact = adminClient.postJson("/api/admin/logs/verify", Map.of()).assertStatus(200).json();
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("checked").asLong()).isPositive();

        String victim = f.user("tampered", Permissions.globalRead());
        f.signedIn(victim);
        long id = f.jdbc().sql("select max(id) from audit_log where actor = ?").param(victim)
                .query(Long.class).single();
        tamper(id, "someone-else");
        try {
            JsonNode broken = adminClient.postJson("/api/admin/logs/verify", Map.of()).assertStatus(200).json();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("first_broken_id").asLong()).isEqualTo(id);
            assertThat(broken.get("problem").asString()).contains("changed");
            String fragment = adminClient.postForm("/audit/verify", Map.of(), "HX-Request", "true")
                    .assertStatus(200).body();
            assertThat(fragment).contains("broken at entry #" + id);
        } finally {
            tamper(id, victim);
        }
        assertThat(adminClient.postJson("/api/admin/logs/verify", Map.of()).json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void onlyAdminsMayVerifyTheChain() {
        String reader = f.user("noverify", Permissions.globalWrite());
        f.signedIn(reader).postJson("/api/admin/logs/verify", Map.of()).assertStatus(403);
        assertThat(f.auditCount("denied", reader)).isEqualTo(1);
    }

    /** What someone with database access could do: switch the guard off, edit a row, switch it on again. */
    private void tamper(long id, String actor) {
        f.jdbc().sql("alter table audit_log disable trigger audit_log_no_update_or_delete").update();
        try {
            f.jdbc().sql("update audit_log set actor = ? where id = ?").params(actor, id).update();
        } finally {
            f.jdbc().sql("alter table audit_log enable trigger audit_log_no_update_or_delete").update();
        }
    }
}
