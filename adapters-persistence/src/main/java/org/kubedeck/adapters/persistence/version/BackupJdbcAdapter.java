package org.kubedeck.adapters.persistence.version;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.version.port.out.BackupStore.PlainBackup;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Backups in {@code backups}, one row each: the summary in the clear, the content sealed under
 * {@code content_key_id}. The objects are kept as text, one {@code kind/name} a line (kind as its code): neither a
 * kind code nor an object name can hold a slash or a line break, and the list is only ever read whole. Rows
 * written before backups were sealed whole have no content yet, but their YAML and apart-sealed Secrets in the
 * {@code legacy_} columns, until {@link #seal} replaces them.
 */
@Component
class BackupJdbcAdapter implements BackupStore {

    private static final String SUMMARY = "id, cluster, namespace, created_at, author, objects";

    private final JdbcClient jdbc;

    BackupJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Backup save(Backup summary, SealedSecret content) {
        if (!summary.yaml().isEmpty()) {
            throw new IllegalArgumentException("A backup's YAML is stored only inside its sealed content");
        }
        return jdbc.sql("""
                insert into backups (cluster, namespace, created_at, author, objects, content_key_id, sealed_content)
                values (:cluster, :namespace, :created, :author, :objects, :keyId, :sealed)
                returning id, created_at
                """)
                .param("cluster", summary.cluster().value())
                .param("namespace", summary.namespace())
                .param("created", OffsetDateTime.ofInstant(summary.createdAt(), ZoneOffset.UTC))
                .param("author", summary.author())
                .param("objects", objectsText(summary.objects()))
                .param("keyId", content.keyId())
                .param("sealed", content.sealed(), Types.BINARY)
                .query((rs, row) -> new Backup(OpaqueIds.of(rs.getLong("id")), summary.cluster(), summary.namespace(),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), summary.author(),
                        summary.objects(), ""))
                .single();
    }

    @Override
    public List<Backup> list(ClusterName cluster, String namespace, int limit) {
        String inNamespace = namespace == null ? "" : " and namespace = :namespace";
        JdbcClient.StatementSpec statement = jdbc.sql("select " + SUMMARY + " from backups where cluster = :cluster"
                + inNamespace + " order by created_at desc, id desc limit :limit")
                .param("cluster", cluster.value())
                .param("limit", Math.max(0, limit));
        if (namespace != null) {
            statement = statement.param("namespace", namespace);
        }
        return statement.query((rs, row) -> toBackup(rs)).list();
    }

    @Override
    public Optional<SealedBackup> find(String id) {
        OptionalLong row = OpaqueIds.row(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + SUMMARY + ", content_key_id, sealed_content from backups"
                        + " where id = ? and sealed_content is not null")
                .param(row.getAsLong())
                .query((rs, n) -> new SealedBackup(toBackup(rs), content(rs))).optional();
    }

    @Override
    public List<SealedBackup> sealedUnder(Set<String> keyIds, int limit) {
        if (keyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY + ", content_key_id, sealed_content from backups"
                        + " where content_key_id in (:keyIds) order by id limit :limit")
                .param("keyIds", keyIds)
                .param("limit", Math.max(0, limit))
                .query((rs, n) -> new SealedBackup(toBackup(rs), content(rs))).list();
    }

    @Override
    public List<PlainBackup> plain(int limit) {
        return jdbc.sql("""
                select id, objects, legacy_yaml, legacy_key_id, legacy_sealed_secrets from backups
                where sealed_content is null order by id limit ?
                """)
                .param(Math.max(0, limit))
                .query((rs, n) -> new PlainBackup(OpaqueIds.of(rs.getLong("id")), objects(rs.getString("objects")),
                        rs.getString("legacy_yaml"),
                        rs.getString("legacy_key_id") == null ? Optional.empty() : Optional.of(new SealedSecret(
                                rs.getString("legacy_key_id"), rs.getBytes("legacy_sealed_secrets")))))
                .list();
    }

    @Override
    public boolean seal(String id, SealedSecret content) {
        OptionalLong row = OpaqueIds.row(id);
        if (row.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                update backups set content_key_id = :keyId, sealed_content = :sealed,
                                   legacy_yaml = null, legacy_key_id = null, legacy_sealed_secrets = null
                where id = :id
                """)
                .param("keyId", content.keyId())
                .param("sealed", content.sealed(), Types.BINARY)
                .param("id", row.getAsLong())
                .update() == 1;
    }

    private static SealedSecret content(ResultSet rs) throws SQLException {
        return new SealedSecret(rs.getString("content_key_id"), rs.getBytes("sealed_content"));
    }

    private static Backup toBackup(ResultSet rs) throws SQLException {
        return new Backup(OpaqueIds.of(rs.getLong("id")), new ClusterName(rs.getString("cluster")),
                rs.getString("namespace"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("author"), objects(rs.getString("objects")), "");
    }

    private static String objectsText(List<BackupObject> objects) {
        return objects.stream().map(BackupObject::text).collect(Collectors.joining("\n"));
    }

    private static List<BackupObject> objects(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isEmpty())
                .map(line -> BackupObject.parse("objects", line)).toList();
    }
}
