-- Scans of clusters (or of one namespace) and what they found, newest first per cluster (seq orders scans made
-- at the same moment). They go with the cluster.
create table scans (
    id         uuid         primary key,
    seq        bigint       generated always as identity,
    cluster    varchar(63)  not null references clusters (name) on delete cascade,
    namespace  varchar(63)  not null,
    actor      varchar(64)  not null,
    scanned_at timestamptz  not null,
    score      integer      not null check (score between 0 and 100),
    objects    integer      not null,
    silenced   integer      not null
);

create index scans_by_cluster on scans (cluster, namespace, scanned_at desc, seq desc);

-- One row a finding, in the order the scan found them.
create table scan_findings (
    scan_id    uuid          not null references scans (id) on delete cascade,
    position   integer       not null,
    check_id   varchar(63)   not null,
    severity   varchar(16)   not null,
    resource   varchar(320)  not null,
    namespace  varchar(63)   not null,
    name       varchar(253)  not null,
    message    text          not null,
    suggestion text          not null,
    primary key (scan_id, position)
);

-- Checks silenced per object, or per namespace when name is empty, with the reason given.
create table scan_silences (
    id         uuid          primary key,
    cluster    varchar(63)   not null references clusters (name) on delete cascade,
    check_id   varchar(63)   not null,
    namespace  varchar(63)   not null,
    name       varchar(253)  not null,
    reason     varchar(500)  not null,
    silenced_by varchar(64)  not null,
    silenced_at timestamptz  not null,
    unique (cluster, check_id, namespace, name)
);

-- The last scheduled scan of each cluster: a replica takes a cluster's turn by moving it forward.
create table scan_turns (
    cluster  varchar(63) primary key references clusters (name) on delete cascade,
    last_run timestamptz not null
);
