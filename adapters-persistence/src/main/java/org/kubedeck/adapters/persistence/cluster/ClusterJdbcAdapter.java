package org.kubedeck.adapters.persistence.cluster;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Provider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ClusterJdbcAdapter implements ClusterStore {

    private static final String COLUMNS = "name, display_name, tags, groups, provider, region, context, created_at, "
            + "health_status, health_version, health_nodes, health_checked_at, health_error, facts_provider, "
            + "facts_region, facts_zones, facts_nodes, facts_pods, facts_cpu_allocatable, facts_memory_allocatable, "
            + "facts_cpu_requested, facts_memory_requested, facts_synced_at, impersonate";
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    ClusterJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Cluster> findAll() {
        return jdbc.sql("select " + COLUMNS + " from clusters order by name").query(ClusterJdbcAdapter::toCluster)
                .list();
    }

    @Override
    public Optional<Cluster> find(ClusterName name) {
        return jdbc.sql("select " + COLUMNS + " from clusters where name = ?").param(name.value())
                .query(ClusterJdbcAdapter::toCluster).optional();
    }

    @Override
    public boolean exists(ClusterName name) {
        return jdbc.sql("select count(*) from clusters where name = ?").param(name.value()).query(Long.class)
                .single() > 0;
    }

    @Override
    public void add(Cluster cluster, SealedSecret kubeconfig) {
        try {
            insert(cluster, kubeconfig);
        } catch (DuplicateKeyException e) {
            // Another request added it between the service's check and this insert.
            throw new ConflictException(Message.of("cluster.clusterAlreadyExists",
                    "Cluster '{0}' already exists.", cluster.name()));
        }
        updateHealth(cluster.name(), cluster.health());
    }

    private void insert(Cluster cluster, SealedSecret kubeconfig) {
        jdbc.sql("""
                insert into clusters (name, display_name, tags, groups, provider, region, context, kubeconfig_key_id,
                                      kubeconfig_sealed, created_at, impersonate)
                values (:name, :display, :tags, :groups, :provider, :region, :context, :keyId, :sealed, :created,
                        :impersonate)
                """)
                .param("name", cluster.name().value())
                .param("display", cluster.displayName())
                .param("tags", cluster.tagTexts().toArray(String[]::new))
                .param("groups", cluster.groups().toArray(String[]::new))
                .param("provider", code(cluster.provider()))
                .param("region", cluster.region())
                .param("context", cluster.context())
                .param("keyId", kubeconfig.keyId())
                .param("sealed", kubeconfig.sealed())
                .param("created", utc(cluster.createdAt()))
                .param("impersonate", cluster.impersonate())
                .update();
    }

    @Override
    public void update(Cluster cluster, Optional<SealedSecret> kubeconfig) {
        int rows = jdbc.sql("update clusters set display_name = ?, tags = ?, groups = ?, provider = ?, region = ?, "
                + "context = ?, impersonate = ? where name = ?")
                .params(cluster.displayName(), cluster.tagTexts().toArray(String[]::new),
                        cluster.groups().toArray(String[]::new), code(cluster.provider()), cluster.region(),
                        cluster.context(), cluster.impersonate(), cluster.name().value())
                .update();
        if (rows == 0) {
            throw new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                    "Cluster '{0}' does not exist.", cluster.name()));
        }
        kubeconfig.ifPresent(sealed -> jdbc.sql(
                "update clusters set kubeconfig_key_id = ?, kubeconfig_sealed = ? where name = ?")
                .params(sealed.keyId(), sealed.sealed(), cluster.name().value()).update());
        updateHealth(cluster.name(), cluster.health());
    }

    @Override
    public void updateHealth(ClusterName name, ClusterHealth health) {
        // Stored with its key and arguments, so that the pages can show it in the reader's language; one that would
        // not fit is kept as the start of its English text.
        String error = health.error() == null ? null : health.error().stored();
        if (error != null && error.length() > MAX_ERROR) {
            error = health.errorText().substring(0, Math.min(MAX_ERROR, health.errorText().length()));
        }
        int rows = jdbc.sql("""
                update clusters set health_status = ?, health_version = ?, health_nodes = ?, health_checked_at = ?,
                                    health_error = ?
                where name = ?
                """)
                .params(health.status().code(), health.version(), health.nodeCount(),
                        health.checkedAt() == null ? null : utc(health.checkedAt()), error, name.value())
                .update();
        if (rows == 0) {
            throw new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                    "Cluster '{0}' does not exist.", name));
        }
    }

    @Override
    public void updateFacts(ClusterName name, ClusterFacts facts) {
        int rows = jdbc.sql("""
                update clusters set facts_provider = ?, facts_region = ?, facts_zones = ?, facts_nodes = ?,
                    facts_pods = ?, facts_cpu_allocatable = ?, facts_memory_allocatable = ?, facts_cpu_requested = ?,
                    facts_memory_requested = ?, facts_synced_at = ?
                where name = ?
                """)
                .params(code(facts.provider()), facts.region(), facts.zones().toArray(String[]::new),
                        facts.nodeCount(), facts.podCount(), facts.cpuAllocatable(), facts.memoryAllocatable(),
                        facts.cpuRequested(), facts.memoryRequested(),
                        facts.syncedAt() == null ? null : utc(facts.syncedAt()), name.value())
                .update();
        if (rows == 0) {
            throw new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                    "Cluster '{0}' does not exist.", name));
        }
    }

    @Override
    public Optional<SealedSecret> kubeconfig(ClusterName name) {
        return jdbc.sql("select kubeconfig_key_id, kubeconfig_sealed from clusters where name = ?")
                .param(name.value())
                .query((rs, row) -> new SealedSecret(rs.getString(1), rs.getBytes(2))).optional();
    }

    @Override
    public Map<ClusterName, SealedSecret> allKubeconfigs() {
        Map<ClusterName, SealedSecret> all = new LinkedHashMap<>();
        jdbc.sql("select name, kubeconfig_key_id, kubeconfig_sealed from clusters order by name")
                .query((ResultSet rs) -> {
                    all.put(new ClusterName(rs.getString(1)), new SealedSecret(rs.getString(2), rs.getBytes(3)));
                });
        return all;
    }

    @Override
    public void delete(ClusterName name) {
        jdbc.sql("delete from clusters where name = ?").param(name.value()).update();
    }

    private static Cluster toCluster(ResultSet rs, int row) throws SQLException {
        OffsetDateTime checked = rs.getObject("health_checked_at", OffsetDateTime.class);
        Integer nodes = (Integer) rs.getObject("health_nodes");
        ClusterHealth health = new ClusterHealth(
                ClusterHealth.Status.valueOf(rs.getString("health_status").toUpperCase(Locale.ROOT)),
                rs.getString("health_version"), nodes, checked == null ? null : checked.toInstant(),
                Message.fromStored(rs.getString("health_error")));
        OffsetDateTime synced = rs.getObject("facts_synced_at", OffsetDateTime.class);
        ClusterFacts facts = new ClusterFacts(provider(rs.getString("facts_provider")), rs.getString("facts_region"),
                texts(rs.getArray("facts_zones")), rs.getInt("facts_nodes"), rs.getInt("facts_pods"),
                rs.getLong("facts_cpu_allocatable"), rs.getLong("facts_memory_allocatable"),
                rs.getLong("facts_cpu_requested"), rs.getLong("facts_memory_requested"),
                synced == null ? null : synced.toInstant());
        return new Cluster(new ClusterName(rs.getString("name")), rs.getString("display_name"),
                Cluster.tags(texts(rs.getArray("tags"))), texts(rs.getArray("groups")),
                provider(rs.getString("provider")), rs.getString("region"), rs.getString("context"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), health, facts,
                rs.getBoolean("impersonate"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String code(Provider provider) {
        return provider == null ? null : provider.code();
    }

    /** Null for none, or for a provider this release does not know. */
    private static Provider provider(String code) {
        return code == null ? null : Arrays.stream(Provider.values()).filter(p -> p.code().equals(code))
                .findFirst().orElse(null);
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
