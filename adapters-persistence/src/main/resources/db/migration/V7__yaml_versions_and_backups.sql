-- Every recorded state of a resource, numbered 1, 2, 3... per resource; a Secret's complete manifest sealed apart.
create table yaml_versions (
    id              bigint       generated always as identity primary key,
    cluster         varchar(63)  not null references clusters (name) on delete cascade,
    namespace       varchar(63)  not null,
    kind            varchar(20)  not null,
    name            varchar(253) not null,
    version         integer      not null,
    author          varchar(64)  not null,
    created_at      timestamptz  not null,
    note            varchar(500),
    tag             varchar(100),
    yaml            text         not null,
    diff            text         not null,
    sealed_key_id   varchar(64),
    sealed_manifest bytea,
    checked_at      timestamptz,
    check ((sealed_key_id is null) = (sealed_manifest is null))
);

-- One index both keeps the numbers unique and serves "newest first" and "the latest" of a resource.
create unique index yaml_versions_resource on yaml_versions (cluster, namespace, kind, name, version desc);

-- A namespace's objects at one moment (objects: one kind/name a line) as one YAML; its Secrets sealed apart.
create table backups (
    id             bigint      generated always as identity primary key,
    cluster        varchar(63) not null references clusters (name) on delete cascade,
    namespace      varchar(63) not null,
    created_at     timestamptz not null,
    author         varchar(64) not null,
    objects        text        not null,
    yaml           text        not null,
    sealed_key_id  varchar(64),
    sealed_secrets bytea,
    check ((sealed_key_id is null) = (sealed_secrets is null))
);

create index backups_namespace_newest on backups (cluster, namespace, created_at desc);

-- When each namespace is backed up; each due row is taken by exactly one replica, which moves it on.
create table backup_schedules (
    cluster   varchar(63)  not null references clusters (name) on delete cascade,
    namespace varchar(63)  not null,
    cron      varchar(100) not null,
    next_run  timestamptz  not null,
    author    varchar(64)  not null,
    primary key (cluster, namespace)
);

create index backup_schedules_due on backup_schedules (next_run);
