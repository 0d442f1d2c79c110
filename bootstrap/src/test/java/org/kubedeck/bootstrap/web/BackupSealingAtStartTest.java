package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.adapters.persistence.secret.SecretAesGcmAdapter;
import org.kubedeck.adapters.persistence.testing.TestDatabase;
import org.kubedeck.adapters.persistence.testing.TestDatabaseInitializer;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.bootstrap.KubedeckApplication;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A console upgraded over a database that holds a backup from before backups were sealed whole, then restarted
 * with a new encryption key, then without the old one: at each start, what is in the clear or under the old key
 * is sealed under the current one, with Secret values masked anew by the current key; every backup still
 * downloads, compares and restores, and every version of a Secret still rolls back, as it did.
 */
class BackupSealingAtStartTest {

    private static final String DATABASE = "kubedeck_it_sealing";
    private static final String CONFIG_VALUE = "plain-text-mode-17";
    private static final String PASSWORD = "legacy-password-5150";
    private static final String OTHER_PASSWORD = "changed-password-8080";
    private static final byte[] OLD_KEY = key(1);
    private static final byte[] NEW_KEY = key(2);

    @Test
    void aPlaintextBackupIsSealedAtStartAndEverythingIsSealedAgainUnderANewKeySoTheOldKeyCanGo() {
        String url = TestDatabase.fresh(DATABASE);
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, TestDatabase.USER, TestDatabase.PASSWORD));
        try (RigNamespace namespace = RigNamespace.open()) {
            String ns = namespace.name();
            long legacy = insertBeforeBackupsWereSealed(url, jdbc, namespace,
                    legacyYaml(ns, "<hidden:0123456789abcdef>"));
            String oldKeyId = new SecretAesGcmAdapter(OLD_KEY, List.of()).seal("").keyId();
            String newKeyId = new SecretAesGcmAdapter(NEW_KEY, List.of()).seal("").keyId();
            long created;
            String createdYaml;

            try (ConfigurableApplicationContext console = start(OLD_KEY)) {
                assertSealed(jdbc, legacy, oldKeyId);
                assertThat(auditCounts(jdbc, "backups_resealed")).containsExactly(1);
                WebSession admin = admin(console);
                assertThat(admin.get("/api/k8s/yaml/backups/" + legacy + "/download").assertStatus(200).body())
                        .as("masked anew as it is sealed").isEqualTo(legacyYaml(ns, mask(OLD_KEY, PASSWORD)));
                assertThat(restore(admin, legacy)).isEqualTo("configmap/settings:create secret/tokens:create");
                assertThat(password(namespace)).isEqualTo(PASSWORD);
                setPassword(namespace, OTHER_PASSWORD);
                assertThat(secretView(admin, ns).get("version").asInt()).as("v1 restored, v2 changed outside")
                        .isEqualTo(2);
                assertVersionsSealed(jdbc, ns, oldKeyId);
                created = Long.parseLong(admin.postJson("/api/k8s/yaml/backup/create",
                        Map.of("cluster", "rig", "namespace", ns)).assertStatus(200).json().get("id").asString());
                assertSealed(jdbc, created, oldKeyId);
                createdYaml = admin.get("/api/k8s/yaml/backups/" + created + "/download").assertStatus(200).body();
                assertThat(createdYaml).contains("name: settings", CONFIG_VALUE, "name: tokens", "<hidden:");
            }

            try (ConfigurableApplicationContext console = start(NEW_KEY, OLD_KEY)) {
                assertSealed(jdbc, legacy, newKeyId);
                assertSealed(jdbc, created, newKeyId);
                assertThat(auditCounts(jdbc, "backups_resealed")).containsExactly(1, 2);
                assertThat(auditCounts(jdbc, "kubeconfigs_resealed")).containsExactly(1);
                assertVersionsSealed(jdbc, ns, newKeyId);
                assertThat(auditCounts(jdbc, "versions_resealed")).containsExactly(2);
                WebSession admin = admin(console);
                assertThat(admin.get("/api/k8s/yaml/backups/" + legacy + "/download").assertStatus(200).body())
                        .isEqualTo(legacyYaml(ns, mask(NEW_KEY, PASSWORD)));
                String createdNow = admin.get("/api/k8s/yaml/backups/" + created + "/download").assertStatus(200)
                        .body();
                assertThat(createdNow).contains("password: " + mask(NEW_KEY, OTHER_PASSWORD))
                        .doesNotContain(mask(OLD_KEY, OTHER_PASSWORD));
                assertThat(withoutMasks(createdNow)).isEqualTo(withoutMasks(createdYaml));
                JsonNode compared = admin.get("/api/k8s/yaml/backups/" + created + "/compare").assertStatus(200)
                        .json().get("objects");
                assertThat(compared).extracting(object -> object.get("kind").asString() + "/"
                        + object.get("name").asString() + ":" + object.get("action").asString())
                        .contains("configmap/settings:unchanged", "secret/tokens:unchanged")
                        .allSatisfy(action -> assertThat(action).endsWith(":unchanged"));
                assertThat(secretView(admin, ns).get("version").asInt()).as("no change seen where there is none")
                        .isEqualTo(2);
                assertThat(versionYaml(admin, ns, 1)).contains("password: " + mask(NEW_KEY, PASSWORD));
                assertThat(versionYaml(admin, ns, 2)).contains("password: " + mask(NEW_KEY, OTHER_PASSWORD));
                namespace.objects().secrets().inNamespace(ns).withName("tokens").delete();
                RigNamespace.await(RigNamespace.SETTLE, () -> namespace.objects().secrets().inNamespace(ns)
                        .withName("tokens").get() == null);
                assertThat(restore(admin, created)).as("only what was deleted").isEqualTo("secret/tokens:create");
                assertThat(password(namespace)).isEqualTo(OTHER_PASSWORD);
            }

            try (ConfigurableApplicationContext console = start(NEW_KEY)) {
                assertThat(auditCounts(jdbc, "versions_resealed")).containsExactly(2);
                WebSession admin = admin(console);
                assertThat(versionYaml(admin, ns, 1)).contains("name: tokens", "password: " + mask(NEW_KEY, PASSWORD));
                admin.postJson("/api/k8s/yaml/versions/" + version(admin, ns, 1).get("id").asString() + "/rollback",
                        Map.of()).assertStatus(200);
                assertThat(password(namespace)).isEqualTo(PASSWORD);
            }
        }
    }

    /**
     * The schema as it was before backups were sealed whole: the rig registered with its kubeconfig, and a backup
     * whose YAML is in the clear with its one Secret sealed apart, both under the old key.
     */
    private static long insertBeforeBackupsWereSealed(String url, JdbcClient jdbc, RigNamespace namespace,
            String legacyYaml) {
        Flyway.configure().dataSource(url, TestDatabase.USER, TestDatabase.PASSWORD).target("8").load().migrate();
        SecretAesGcmAdapter old = new SecretAesGcmAdapter(OLD_KEY, List.of());
        SealedSecret kubeconfig = old.seal(namespace.rig().kubeconfig());
        jdbc.sql("""
                insert into clusters (name, display_name, kubeconfig_key_id, kubeconfig_sealed, created_at)
                values ('rig', 'Rig', ?, ?, now())
                """).params(kubeconfig.keyId(), kubeconfig.sealed()).update();
        SealedSecret secrets = old.seal("---\n" + """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: tokens
                  namespace: %s
                type: Opaque
                data:
                  password: %s
                """.formatted(namespace.name(), base64(PASSWORD)));
        return jdbc.sql("""
                insert into backups (cluster, namespace, created_at, author, objects, yaml, sealed_key_id,
                                     sealed_secrets)
                values ('rig', ?, ?, 'alice', ?, ?, ?, ?)
                returning id
                """).params(namespace.name(), Timestamp.from(Instant.parse("2026-05-01T08:00:00Z")),
                "configmap/settings\nsecret/tokens", legacyYaml, secrets.keyId(), secrets.sealed())
                .query(Long.class).single();
    }

    /** A backup's YAML as an older console stored it, its Secret's value shown as {@code mask}. */
    private static String legacyYaml(String namespace, String mask) {
        return """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  namespace: %1$s
                data:
                  mode: %2$s
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: tokens
                  namespace: %1$s
                type: Opaque
                data:
                  password: %3$s
                """.formatted(namespace, CONFIG_VALUE, mask);
    }

    private static ConfigurableApplicationContext start(byte[] key, byte[]... previous) {
        // Arguments, not default properties: they must win over application.yml.
        return new SpringApplicationBuilder(KubedeckApplication.class)
                .initializers(new TestDatabaseInitializer())
                .run("--kubedeck.test.database=" + DATABASE, "--server.port=0", "--management.server.port=0",
                        "--kubedeck.admin.password=initial-admin-password", "--kubedeck.clusters.health-check=false",
                        "--kubedeck.encryption.key=" + Base64.getEncoder().encodeToString(key),
                        "--kubedeck.encryption.previous-keys=" + String.join(",", Arrays.stream(previous)
                                .map(Base64.getEncoder()::encodeToString).toList()),
                        "--logging.level.org.kubedeck=WARN");
    }

    /** The backup's row holds nothing of its objects but their kinds and names, sealed under the key named. */
    private static void assertSealed(JdbcClient jdbc, long id, String keyId) {
        List<String> row = RawRows.columns(jdbc, "select * from backups where id = ?", id);
        assertThat(row).contains(keyId).allSatisfy(column -> assertThat(column)
                .doesNotContain(CONFIG_VALUE, "apiVersion", "kind:", "<hidden:", PASSWORD,
                        base64(PASSWORD)));
    }

    /** Every version of the Secret {@code tokens} holds its complete manifest sealed under the key named, only. */
    private static void assertVersionsSealed(JdbcClient jdbc, String namespace, String keyId) {
        assertThat(jdbc.sql("""
                select sealed_key_id from yaml_versions
                where cluster = 'rig' and namespace = ? and kind = 'secret' and name = 'tokens'
                """).param(namespace).query(String.class).list()).isNotEmpty().containsOnly(keyId);
        assertThat(RawRows.columns(jdbc, "select * from yaml_versions where namespace = ?", namespace))
                .allSatisfy(column -> assertThat(column).doesNotContain(PASSWORD, OTHER_PASSWORD,
                        base64(PASSWORD), base64(OTHER_PASSWORD)));
    }

    private static List<Integer> auditCounts(JdbcClient jdbc, String action) {
        return jdbc.sql("select detail from audit_log where action = ? and actor = 'system' order by id")
                .param(action).query(String.class).list().stream()
                .map(detail -> Integer.parseInt(detail.replaceAll(".*\"count\":(\\d+).*", "$1"))).toList();
    }

    private static WebSession admin(ConfigurableApplicationContext console) {
        String name = "root-" + Long.toHexString(System.nanoTime());
        console.getBean(UserStore.class).save(User.create(Username.of(name), console.getBean(PasswordHasher.class)
                .hash(new NewPassword(WebTestSupport.PASSWORD)), Permissions.ADMINISTRATOR, Instant.now()));
        WebSession admin = new WebSession("http://localhost:"
                + console.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        admin.apiLogin(name, WebTestSupport.PASSWORD).assertStatus(200);
        return admin;
    }

    /** Restores the backup, or only the Secrets named; what was done, as "kind/name:action" in order. */
    private static String restore(WebSession admin, long id, String... secrets) {
        Map<String, Object> request = new HashMap<>(Map.of("id", Long.toString(id)));
        if (secrets.length > 0) {
            request.put("objects", Arrays.stream(secrets).map(name -> Map.of("kind", "secret", "name", name))
                    .toList());
        }
        JsonNode done = admin.postJson("/api/k8s/yaml/backup/restore", request).assertStatus(200).json();
        StringBuilder actions = new StringBuilder();
        done.get("restored").forEach(item -> actions.append(actions.isEmpty() ? "" : " ")
                .append(item.get("kind").asString()).append('/').append(item.get("name").asString()).append(':')
                .append(item.get("action").asString()));
        return actions.toString();
    }

    private static JsonNode secretView(WebSession admin, String namespace) {
        return admin.get("/api/k8s/yaml/resource?cluster=rig&namespace=" + namespace + "&kind=secret&name=tokens")
                .assertStatus(200).json();
    }

    /** The Secret {@code tokens}' version of that number, as the version list gives it. */
    private static JsonNode version(WebSession admin, String namespace, int number) {
        JsonNode items = admin.get("/api/k8s/yaml/versions?cluster=rig&namespace=" + namespace
                + "&kind=secret&name=tokens").assertStatus(200).json().get("items");
        for (JsonNode item : items) {
            if (item.get("version").asInt() == number) {
                return item;
            }
        }
        throw new AssertionError("No version " + number + " in " + items);
    }

    private static String versionYaml(WebSession admin, String namespace, int number) {
        return admin.get("/api/k8s/yaml/versions/" + version(admin, namespace, number).get("id").asString())
                .assertStatus(200).json().get("yaml").asString();
    }

    private static String withoutMasks(String yaml) {
        return yaml.replaceAll("<hidden:[0-9a-f]+>", "<hidden>");
    }

    /** What a Secret value is shown as while {@code key} is the current key. */
    private static String mask(byte[] key, String value) {
        return "<hidden:" + new SecretAesGcmAdapter(key, List.of()).fingerprint(value.getBytes(StandardCharsets.UTF_8))
                + ">";
    }

    private static void setPassword(RigNamespace namespace, String password) {
        namespace.objects().secrets().inNamespace(namespace.name()).withName("tokens").edit(secret -> {
            secret.getData().put("password", base64(password));
            return secret;
        });
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String password(RigNamespace namespace) {
        String base64 = namespace.objects().secrets().inNamespace(namespace.name()).withName("tokens").get()
                .getData().get("password");
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
