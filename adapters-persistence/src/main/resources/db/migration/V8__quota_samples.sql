-- Each quota item's usage at each sampling round, kept for the trend charts until pruned.
create table quota_samples (
    cluster    varchar(63)      not null references clusters (name) on delete cascade,
    namespace  varchar(63)      not null,
    quota      varchar(253)     not null,
    resource   varchar(253)     not null,
    used       varchar(64),
    hard       varchar(64)      not null,
    ratio      double precision not null,
    sampled_at timestamptz      not null
);

create index quota_samples_series on quota_samples (cluster, namespace, quota, sampled_at);
create index quota_samples_time   on quota_samples (sampled_at);

-- When the last sampling round began; one row, so that one replica per interval takes the round.
create table quota_sampler (
    id       boolean     primary key default true check (id),
    last_run timestamptz not null
);
