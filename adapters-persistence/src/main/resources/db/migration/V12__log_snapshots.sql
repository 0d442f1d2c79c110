-- Snapshots of containers' logs, kept until they expire: readable after the pod is gone. The lines are
-- compressed with gzip. They go with the cluster.
create table log_snapshots (
    id           uuid         primary key,
    cluster      varchar(63)  not null references clusters (name) on delete cascade,
    namespace    varchar(63)  not null,
    pod          varchar(253) not null,
    container    varchar(63)  not null,
    taken_by     varchar(64)  not null,
    taken_at     timestamptz  not null,
    expires_at   timestamptz  not null,
    lines        integer      not null,
    bytes        bigint       not null,
    truncated    boolean      not null,
    content_gzip bytea        not null
);

create index log_snapshots_by_cluster on log_snapshots (cluster, taken_at desc);
create index log_snapshots_by_expiry on log_snapshots (expires_at);
