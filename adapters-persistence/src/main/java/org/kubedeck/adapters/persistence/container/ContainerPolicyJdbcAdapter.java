package org.kubedeck.adapters.persistence.container;

import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row a cluster whose admins set its policy ({@code container_policies}); it goes with the cluster. */
@Component
class ContainerPolicyJdbcAdapter implements ContainerPolicies {

    private final JdbcClient jdbc;

    ContainerPolicyJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ContainerPolicy policy(ClusterName cluster) {
        return jdbc.sql("select exec, files, record_transcripts from container_policies where cluster = ?")
                .param(cluster.value())
                .query((rs, row) -> new ContainerPolicy(rs.getBoolean("exec"), rs.getBoolean("files"),
                        rs.getBoolean("record_transcripts")))
                .optional().orElse(ContainerPolicy.DEFAULT);
    }

    @Override
    public void save(ClusterName cluster, ContainerPolicy policy) {
        jdbc.sql("""
                insert into container_policies (cluster, exec, files, record_transcripts) values (?, ?, ?, ?)
                on conflict (cluster) do update set exec = excluded.exec, files = excluded.files,
                    record_transcripts = excluded.record_transcripts
                """)
                .params(cluster.value(), policy.exec(), policy.files(), policy.recordTranscripts())
                .update();
    }
}
