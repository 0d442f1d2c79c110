package org.kubedeck.adapters.persistence.version;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.kubedeck.adapters.persistence.AdvisoryLocks;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionDraft;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.kube.YamlVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions in {@code yaml_versions}, one row each. {@code checked_at} on a resource's latest row says when the
 * console last looked at the live resource: recording a version counts as looking, and so does being handed out
 * by {@link #tracked}.
 */
@Component
class VersionJdbcAdapter implements VersionStore {

    private static final String COLUMNS = "id, cluster, namespace, kind, api_version, manifest_kind, name, version, "
            + "author, created_at, note, tag, yaml, diff";
    private static final String OF_RESOURCE = "cluster = :cluster and namespace = :namespace and kind = :kind "
            + "and name = :name";

    private final JdbcClient jdbc;

    VersionJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Under the resource's lock no other replica can read the same latest version and number its change alike;
     * the unique index on the version number still guards the table.
     */
    @Override
    @Transactional
    public Optional<YamlVersion> record(VersionDraft draft, SealedSecret sealedManifest) {
        return recorded(List.of(new SealedDraft(draft, sealedManifest))).stream().findFirst();
    }

    @Override
    @Transactional
    public List<YamlVersion> record(List<SealedDraft> drafts) {
        return recorded(drafts);
    }

    private List<YamlVersion> recorded(List<SealedDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        ResourceRef resource = drafts.get(0).draft().resource();
        lock(resource);
        Optional<YamlVersion> latest = latest(resource);
        List<YamlVersion> made = new ArrayList<>();
        for (SealedDraft sealed : drafts) {
            VersionDraft draft = sealed.draft();
            if (!draft.resource().equals(resource)) {
                throw new IllegalArgumentException("Drafts recorded together are of one resource");
            }
            Optional<YamlVersion> next = VersionHistory.next(latest, draft)
                    .map(number -> insert(draft, number, sealed.sealedManifest()));
            if (next.isPresent()) {
                made.add(next.get());
                latest = next;
            }
        }
        return made;
    }

    private void lock(ResourceRef resource) {
        AdvisoryLocks.RESOURCE_HISTORY.holdFor(jdbc, resource.cluster().value() + "/" + resource.namespace() + "/"
                + resource.kind().code() + "/" + resource.name());
    }

    private YamlVersion insert(VersionDraft draft, VersionHistory.Next next, SealedSecret sealed) {
        Inserted row = ofResource(jdbc.sql("""
                insert into yaml_versions (cluster, namespace, kind, api_version, manifest_kind, name, version,
                                           author, created_at, note, yaml, diff, sealed_key_id, sealed_manifest,
                                           checked_at)
                values (:cluster, :namespace, :kind, :apiVersion, :manifestKind, :name, :version, :author, :created,
                        :note, :yaml, :diff, :keyId, :sealed, now())
                returning id, created_at
                """), draft.resource())
                .param("apiVersion", draft.resource().kind().apiVersion())
                .param("manifestKind", draft.resource().kind().kind())
                .param("version", next.version())
                .param("author", next.author())
                .param("created", OffsetDateTime.ofInstant(draft.at(), ZoneOffset.UTC))
                .param("note", next.note(), Types.VARCHAR)
                .param("yaml", draft.yaml())
                .param("diff", next.diff())
                .param("keyId", sealed == null ? null : sealed.keyId(), Types.VARCHAR)
                .param("sealed", sealed == null ? null : sealed.sealed(), Types.BINARY)
                .query((rs, n) -> new Inserted(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class)))
                .single();
        return new YamlVersion(OpaqueIds.of(row.id()), draft.resource(), next.version(), next.author(),
                row.createdAt().toInstant(), next.note(), null, draft.yaml(), next.diff());
    }

    @Override
    public Optional<YamlVersion> latest(ResourceRef resource) {
        return list(resource, 1).stream().findFirst();
    }

    @Override
    public List<YamlVersion> list(ResourceRef resource, int limit) {
        return ofResource(jdbc.sql("select " + COLUMNS + " from yaml_versions where " + OF_RESOURCE
                + " order by version desc limit :limit"), resource)
                .param("limit", Math.max(0, limit))
                .query(VersionJdbcAdapter::toVersion).list();
    }

    @Override
    public Optional<YamlVersion> find(String id) {
        OptionalLong row = OpaqueIds.row(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from yaml_versions where id = ?").param(row.getAsLong())
                .query(VersionJdbcAdapter::toVersion).optional();
    }

    @Override
    public Optional<SealedSecret> sealedManifest(String id) {
        OptionalLong row = OpaqueIds.row(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select sealed_key_id, sealed_manifest from yaml_versions
                where id = ? and sealed_key_id is not null
                """)
                .param(row.getAsLong())
                .query((rs, n) -> sealedManifest(rs))
                .optional();
    }

    @Override
    public Map<String, SealedSecret> sealedUnder(Set<String> keyIds, int limit) {
        Map<String, SealedSecret> sealed = new LinkedHashMap<>();
        if (keyIds.isEmpty()) {
            return sealed;
        }
        jdbc.sql("""
                select id, sealed_key_id, sealed_manifest from yaml_versions
                where sealed_key_id in (:keyIds) order by id limit :limit
                """)
                .param("keyIds", keyIds)
                .param("limit", Math.max(0, limit))
                .query(rs -> {
                    sealed.put(OpaqueIds.of(rs.getLong("id")), sealedManifest(rs));
                });
        return sealed;
    }

    /** Under the resource's lock, as {@link #record}: a version recorded meanwhile is diffed from the new YAML. */
    @Override
    @Transactional
    public boolean seal(String id, String yaml, SealedSecret sealedManifest) {
        OptionalLong row = OpaqueIds.row(id);
        Optional<YamlVersion> found = row.isEmpty() ? Optional.empty() : jdbc.sql("select " + COLUMNS
                + " from yaml_versions where id = ? and sealed_key_id is not null")
                .param(row.getAsLong())
                .query(VersionJdbcAdapter::toVersion).optional();
        if (found.isEmpty()) {
            return false;
        }
        YamlVersion version = found.get();
        lock(version.resource());
        YamlVersion sealed = new YamlVersion(version.id(), version.resource(), version.version(), version.author(),
                version.createdAt(), version.note(), version.tag(), yaml,
                VersionHistory.diff(numbered(version.resource(), version.version() - 1), version.version(), yaml));
        jdbc.sql("""
                update yaml_versions set yaml = :yaml, diff = :diff, sealed_key_id = :keyId, sealed_manifest = :sealed
                where id = :id
                """)
                .param("yaml", yaml)
                .param("diff", sealed.diff())
                .param("keyId", sealedManifest.keyId())
                .param("sealed", sealedManifest.sealed(), Types.BINARY)
                .param("id", row.getAsLong())
                .update();
        numbered(version.resource(), version.version() + 1).ifPresent(next -> jdbc.sql(
                "update yaml_versions set diff = ? where id = ?")
                .params(VersionHistory.diff(Optional.of(sealed), next.version(), next.yaml()),
                        OpaqueIds.row(next.id()).getAsLong())
                .update());
        return true;
    }

    private Optional<YamlVersion> numbered(ResourceRef resource, int version) {
        return ofResource(jdbc.sql("select " + COLUMNS + " from yaml_versions where " + OF_RESOURCE
                + " and version = :version"), resource)
                .param("version", version)
                .query(VersionJdbcAdapter::toVersion).optional();
    }

    @Override
    public boolean tag(String id, String tag) {
        OptionalLong row = OpaqueIds.row(id);
        return row.isPresent() && jdbc.sql("update yaml_versions set tag = :tag where id = :id")
                .param("tag", tag, Types.VARCHAR).param("id", row.getAsLong()).update() > 0;
    }

    /**
     * One statement picks the resources whose latest row was looked at longest ago and marks those rows looked
     * at now, so that repeated calls go round every resource. Replicas that call at the same moment may be
     * handed the same resources; looking twice records nothing twice.
     */
    @Override
    public List<ResourceRef> tracked(int limit) {
        return jdbc.sql("""
                with latest as (
                    select distinct on (cluster, namespace, kind, name) id, checked_at
                    from yaml_versions
                    order by cluster, namespace, kind, name, version desc
                ), oldest as (
                    select id, checked_at from latest order by checked_at nulls first, id limit :limit
                ), checked as (
                    update yaml_versions v set checked_at = now()
                    from oldest where v.id = oldest.id
                    returning v.id, v.cluster, v.namespace, v.kind, v.api_version, v.manifest_kind, v.name,
                              oldest.checked_at as previous
                )
                select cluster, namespace, kind, api_version, manifest_kind, name from checked
                order by previous nulls first, id
                """)
                .param("limit", Math.max(0, limit))
                .query((rs, n) -> toResource(rs)).list();
    }

    /** Binds the resource to the named parameters {@link #OF_RESOURCE} and the insert use. */
    private static StatementSpec ofResource(StatementSpec statement, ResourceRef resource) {
        return statement.param("cluster", resource.cluster().value())
                .param("namespace", resource.namespace())
                .param("kind", resource.kind().code())
                .param("name", resource.name());
    }

    private static SealedSecret sealedManifest(ResultSet rs) throws SQLException {
        return new SealedSecret(rs.getString("sealed_key_id"), rs.getBytes("sealed_manifest"));
    }

    private static YamlVersion toVersion(ResultSet rs, int row) throws SQLException {
        return new YamlVersion(OpaqueIds.of(rs.getLong("id")), toResource(rs), rs.getInt("version"),
                rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("note"), rs.getString("tag"), rs.getString("yaml"), rs.getString("diff"));
    }

    private static ResourceRef toResource(ResultSet rs) throws SQLException {
        String namespace = rs.getString("namespace");
        return new ResourceRef(new ClusterName(rs.getString("cluster")), namespace, ResourceKind.stored(
                rs.getString("kind"), rs.getString("api_version"), rs.getString("manifest_kind"), !namespace.isEmpty()),
                rs.getString("name"));
    }

    private record Inserted(long id, OffsetDateTime createdAt) {
    }
}
