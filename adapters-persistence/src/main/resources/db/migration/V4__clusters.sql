-- Registered clusters. The kubeconfig is sealed (AES-GCM) under a key that is not in the database.
create table clusters (
    name               varchar(63)   primary key,
    display_name       varchar(100)  not null,
    tags               text[]        not null default '{}',
    context            varchar(253),
    kubeconfig_key_id  varchar(32)   not null,
    kubeconfig_sealed  bytea         not null,
    created_at         timestamptz   not null,
    health_status      varchar(16)   not null default 'unknown',
    health_version     varchar(64),
    health_nodes       integer,
    health_checked_at  timestamptz,
    health_error       varchar(1000)
);
