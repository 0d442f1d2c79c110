package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.testing.Tars;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/** A container's files on the rig, through commands in the container: each operation and who may do it. */
@WebTest
class ContainerFilesWebTest extends YamlClusterWebTest {

    private static final byte[] BINARY = new byte[300_000];

    static {
        for (int i = 0; i < BINARY.length; i++) {
            BINARY[i] = (byte) (i * 31 + i / 7);
        }
    }

    private String files;

    @BeforeEach
    void aRunningPod() {
        cluster.runningPod("box", Map.of());
        files = "/api/k8s/containers/" + c + "/" + ns + "/box/main/files";
    }

    private static String q(String path) {
        return URLEncoder.encode(path, UTF_8);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<JsonNode> entries(WebSession session, String directory) {
        return session.get(files + "?path=" + q(directory)).assertStatus(200).json().get("entries").valueStream()
                .toList();
    }

    private JsonNode entry(String directory, String name) {
        return entries(team.writer(), directory).stream().filter(e -> e.get("name").asString().equals(name))
                .findFirst().orElse(null);
    }

    @Test
    void uploadedFilesWithAwkwardNamesAreListedAndDownloadedByteForByte() throws Exception {
        Map<String, byte[]> upload = new LinkedHashMap<>();
        upload.put("a b.bin", BINARY);
        upload.put("-rf", "not an option\n".getBytes(UTF_8));
        upload.put("it's.txt", "quoted\n".getBytes(UTF_8));

        JsonNode uploaded = team.writer().postFiles(files + "/upload?path=%2Ftmp", "file", upload).assertStatus(201)
                .json().get("uploaded");
        assertThat(uploaded.get(0).get("path").asString()).isEqualTo("/tmp/a b.bin");
        assertThat(uploaded.get(0).get("size").asLong()).isEqualTo(BINARY.length);
        assertThat(uploaded.get(0).get("sha256").asString()).isEqualTo(sha256(BINARY));
        assertThat(f.auditCount("file_uploaded", team.writerName())).isEqualTo(3);

        JsonNode listed = entry("/tmp", "a b.bin");
        assertThat(listed.get("type").asString()).isEqualTo("file");
        assertThat(listed.get("size").asLong()).isEqualTo(BINARY.length);
        assertThat(listed.get("mode").asString()).startsWith("-rw");
        assertThat(entry("/tmp", "-rf")).as("a name, not an option").isNotNull();
        assertThat(entry("/tmp", "it's.txt").get("size").asLong()).isEqualTo(7);

        HttpResponse<byte[]> file = team.writer().bytes(files + "/download?path=" + q("/tmp/a b.bin"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(BINARY);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("a b.bin");

        HttpResponse<byte[]> directory = team.writer().bytes(files + "/download?path=%2Ftmp");
        assertThat(directory.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/gzip");
        assertThat(new String(Tars.gunzip(directory.body()), ISO_8859_1))
                .contains("./a b.bin", "./-rf", "./it's.txt");
        assertThat(team.writer().bytes(files + "/download?path=%2Fno%2Fsuch").statusCode()).isEqualTo(404);
    }

    /** A name in Latin-1 (caf\xe9, no UTF-8), made in the container: listed, downloaded, renamed and deleted. */
    @Test
    void aNameThatIsNotUtf8IsListedAndWorkedOnByItsOwnBytes() {
        String exec = "/api/k8s/containers/" + c + "/" + ns + "/box/main/exec";
        team.writer().postJson(exec, Map.of("command", List.of("sh", "-c",
                "mkdir /tmp/latin && printf 'old' > \"$(printf '/tmp/latin/caf\\351')\""))).assertStatus(200);

        JsonNode listed = entry("/tmp/latin", "caf\uF7E9");
        assertThat(listed).as("the byte 0xE9 as U+F7E9").isNotNull();
        assertThat(listed.get("size").asLong()).isEqualTo(3);
        assertThat(team.writer().get("/k8s/" + c + "/" + ns + "/pods/box/files?container=main&path=%2Ftmp%2Flatin")
                .assertStatus(200).body()).as("the page shows the byte").contains("caf\\xE9");
        assertThat(team.writer().bytes(files + "/download?path=" + q("/tmp/latin/caf\uF7E9")).body())
                .isEqualTo("old".getBytes(UTF_8));

        team.writer().postJson(files + "/rename", Map.of("from", "/tmp/latin/caf\uF7E9", "to",
                "/tmp/latin/r\uF7E9sum\uF7E9")).assertStatus(200);
        JsonNode shown = team.writer().postJson(exec, Map.of("command", List.of("sh", "-c",
                "cd /tmp/latin && printf %s * | od -An -tx1"))).assertStatus(200).json();
        assertThat(shown.get("stdout").asString()).as("the container has the bytes, not their UTF-8")
                .contains("72 e9 73 75 6d e9");
        team.writer().delete(files + "?path=" + q("/tmp/latin/r\uF7E9sum\uF7E9")).assertStatus(204);
        assertThat(entries(team.writer(), "/tmp/latin")).isEmpty();
    }

    @Test
    void aTextFileIsEditedOnlyFromTheVersionItWasOpenedAt() {
        team.writer().postFiles(files + "/upload?path=%2Ftmp", "file", Map.of("notes.txt", "one\n".getBytes(UTF_8)))
                .assertStatus(201);
        JsonNode opened = team.writer().get(files + "/content?path=%2Ftmp%2Fnotes.txt").assertStatus(200).json();
        assertThat(opened.get("content").asString()).isEqualTo("one\n");

        JsonNode saved = team.writer().putJson(files + "/content?path=%2Ftmp%2Fnotes.txt", Map.of("content",
                "two\n", "expected_sha256", opened.get("sha256").asString())).assertStatus(200).json();
        assertThat(team.writer().putJson(files + "/content?path=%2Ftmp%2Fnotes.txt", Map.of("content",
                "three\n".repeat(150_000), "expected_sha256", opened.get("sha256").asString())).assertStatus(409).json().get("message")
                .asString()).contains("changed since it was opened");

        JsonNode now = team.writer().get(files + "/content?path=%2Ftmp%2Fnotes.txt").json();
        assertThat(now.get("content").asString()).isEqualTo("two\n");
        assertThat(now.get("sha256").asString()).isEqualTo(saved.get("sha256").asString());
        assertThat(f.auditCount("file_written", team.writerName())).isOne();
        team.writer().postFiles(files + "/upload?path=%2Ftmp", "file", Map.of("blob", BINARY)).assertStatus(201);
        assertThat(team.writer().get(files + "/content?path=%2Ftmp%2Fblob").assertStatus(400).json().get("message")
                .asString()).contains("not a text file");
    }

    @Test
    void directoriesAreMadeEntriesRenamedModesChangedAndDeleted() {
        team.writer().postJson(files + "/mkdir?path=%2Ftmp%2Fwork", Map.of()).assertStatus(201);
        team.writer().postJson(files + "/mkdir?path=%2Ftmp%2Fwork", Map.of()).assertStatus(409);
        team.writer().postFiles(files + "/upload?path=%2Ftmp%2Fwork", "file", Map.of("f.txt", "x".getBytes(UTF_8)))
                .assertStatus(201);
        team.writer().postJson(files + "/rename", Map.of("from", "/tmp/work/f.txt", "to", "/tmp/work/g.txt"))
                .assertStatus(200);
        team.writer().postJson(files + "/chmod", Map.of("path", "/tmp/work/g.txt", "mode", "600")).assertStatus(200);

        assertThat(entry("/tmp/work", "g.txt").get("mode").asString()).isEqualTo("-rw-------");
        assertThat(entry("/tmp/work", "f.txt")).isNull();
        assertThat(entry("/tmp", "work").get("type").asString()).isEqualTo("dir");

        team.writer().delete(files + "?path=%2Ftmp%2Fwork").assertStatus(204);
        assertThat(entry("/tmp", "work")).isNull();
        assertThat(f.auditCount("directory_created", team.writerName())).isOne();
        assertThat(f.auditCount("file_renamed", team.writerName())).isOne();
        assertThat(f.auditCount("file_mode_changed", team.writerName())).isOne();
        assertThat(f.auditCount("file_deleted", team.writerName())).isOne();
    }

    @Test
    void hostilePathsNamesAndModesAreRefusedNamingTheField() {
        for (String path : new String[] {"etc", "%2F..%2Fetc", "%2Ftmp%2F..%2F..", "%2Fa%00b"}) {
            assertThat(team.writer().get(files + "?path=" + path).assertStatus(400).json().get("field").asString())
                    .as(path).isEqualTo("path");
        }
        team.writer().delete(files + "?path=%2F").assertStatus(400);
        assertThat(team.writer().postJson(files + "/chmod", Map.of("path", "/tmp", "mode", "777; rm -rf /"))
                .assertStatus(400).json().get("field").asString()).isEqualTo("mode");
        assertThat(team.writer().postFiles(files + "/upload?path=%2Ftmp", "file", Map.of("..", new byte[] {1}))
                .assertStatus(400).json().get("field").asString()).isEqualTo("file");
        team.writer().get(files + "?path=%2Fno%2Fsuch").assertStatus(404);
        assertThat(entry("/", "tmp")).as("the container is as it was").isNotNull();
    }

    @Test
    void aReaderAStrangerAndAClusterWithFilesOffAreRefusedAuditedAndNothingChanges() {
        team.reader().get(files + "?path=%2Ftmp").assertStatus(403);
        team.reader().postFiles(files + "/upload?path=%2Ftmp", "file", Map.of("r.txt", new byte[] {1}))
                .assertStatus(403);
        team.reader().delete(files + "?path=%2Fetc").assertStatus(403);
        String stranger = f.user("stranger", Permissions.NONE);
        f.signedIn(stranger).get(files + "?path=%2Ftmp").assertStatus(404);
        assertThat(f.auditCount("denied", team.readerName())).isEqualTo(3);
        assertThat(entry("/tmp", "r.txt")).isNull();
        assertThat(entry("/", "etc")).isNotNull();

        WebSession admin = f.signedIn(f.user("cadmin", Permissions.perCluster(Map.of(ClusterName.of(c),
                AccessLevel.ADMIN))));
        admin.putJson("/api/k8s/containers/" + c + "/policy", Map.of("files", false)).assertStatus(200);
        assertThat(team.writer().get(files + "?path=%2Ftmp").assertStatus(403).json().get("message").asString())
                .contains("file manager is turned off");
    }

    @Test
    void theFileManagerPageListsMakesEditsAndDeletesForWritersOnly() {
        String page = "/k8s/" + c + "/" + ns + "/pods/box/files";
        assertThat(team.writer().get("/k8s/" + c + "/" + ns + "/pods/box").body()).contains("id=\"files-main\"");
        assertThat(team.reader().get("/k8s/" + c + "/" + ns + "/pods/box").body()).doesNotContain("id=\"files-main\"");
        team.reader().get(page + "?container=main&path=%2Ftmp").assertStatus(403);

        String made = team.writer().postForm(page + "/mkdir?container=main", Map.of("path", "/tmp", "name", "made"))
                .assertStatus(302).location();
        assertThat(team.writer().get(made).assertStatus(200).body()).contains("data-name=\"made\"", "made/");
        team.writer().postFiles(files + "/upload?path=%2Ftmp", "file", Map.of("note.txt", "v1\n".getBytes(UTF_8)))
                .assertStatus(201);
        String edit = team.writer().get(page + "/edit?container=main&path=%2Ftmp%2Fnote.txt").assertStatus(200)
                .body();
        assertThat(edit).contains("v1", "name=\"expected_sha256\"");
        team.writer().postForm(page + "/edit?container=main&path=%2Ftmp%2Fnote.txt", Map.of("content", "v2\n",
                "expected_sha256", "0".repeat(64))).assertStatus(200).body().contains("changed since it was opened");
        assertThat(team.writer().get(files + "/content?path=%2Ftmp%2Fnote.txt").json().get("content").asString())
                .as("a stale save writes nothing").isEqualTo("v1\n");

        team.writer().postForm(page + "/delete?container=main", Map.of("path", "/tmp/made", "back", "/tmp"))
                .assertStatus(302);
        assertThat(entry("/tmp", "made")).isNull();
        assertThat(team.writer().get(page + "?container=main&path=%2F").body()).doesNotContain("data-name=\".");
        assertThat(team.writer().get(page + "?container=main&path=%2Fno%2Fsuch", "Accept", "text/html")
                .assertStatus(404).body()).contains("does not exist");
    }

}
