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
import java.util.stream.Collectors;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.ResourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Backups in {@code backups}, one row each. The objects are kept as text, one {@code kind/name} a line (kind as
 * its code): neither a kind code nor an object name can hold a slash or a line break, and the list is only ever
 * read whole.
 */
@Component
class BackupJdbcAdapter implements BackupStore {

    private static final String SUMMARY = "id, cluster, namespace, created_at, author, objects";

    private final JdbcClient jdbc;

    BackupJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Backup save(Backup backup, SealedSecret sealedSecrets) {
        return jdbc.sql("""
                insert into backups (cluster, namespace, created_at, author, objects, yaml, sealed_key_id,
                                     sealed_secrets)
                values (:cluster, :namespace, :created, :author, :objects, :yaml, :keyId, :sealed)
                returning id, created_at
                """)
                .param("cluster", backup.cluster().value())
                .param("namespace", backup.namespace())
                .param("created", OffsetDateTime.ofInstant(backup.createdAt(), ZoneOffset.UTC))
                .param("author", backup.author())
                .param("objects", objectsText(backup.objects()))
                .param("yaml", backup.yaml())
                .param("keyId", sealedSecrets == null ? null : sealedSecrets.keyId(), Types.VARCHAR)
                .param("sealed", sealedSecrets == null ? null : sealedSecrets.sealed(), Types.BINARY)
                .query((rs, row) -> new Backup(OpaqueIds.of(rs.getLong("id")), backup.cluster(), backup.namespace(),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), backup.author(),
                        backup.objects(), backup.yaml()))
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
        return statement.query((rs, row) -> toBackup(rs, "")).list();
    }

    @Override
    public Optional<Backup> find(String id) {
        OptionalLong row = OpaqueIds.row(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + SUMMARY + ", yaml from backups where id = ?").param(row.getAsLong())
                .query((rs, n) -> toBackup(rs, rs.getString("yaml"))).optional();
    }

    @Override
    public Optional<SealedSecret> sealedSecrets(String id) {
        OptionalLong row = OpaqueIds.row(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select sealed_key_id, sealed_secrets from backups where id = ? and sealed_key_id is not null")
                .param(row.getAsLong())
                .query((rs, n) -> new SealedSecret(rs.getString("sealed_key_id"), rs.getBytes("sealed_secrets")))
                .optional();
    }

    private static Backup toBackup(ResultSet rs, String yaml) throws SQLException {
        return new Backup(OpaqueIds.of(rs.getLong("id")), new ClusterName(rs.getString("cluster")),
                rs.getString("namespace"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("author"), objects(rs.getString("objects")), yaml);
    }

    private static String objectsText(List<BackupObject> objects) {
        return objects.stream().map(object -> object.kind().code() + "/" + object.name())
                .collect(Collectors.joining("\n"));
    }

    private static List<BackupObject> objects(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isEmpty()).map(line -> {
            int slash = line.indexOf('/');
            return new BackupObject(ResourceKind.of(line.substring(0, slash)), line.substring(slash + 1));
        }).toList();
    }
}
