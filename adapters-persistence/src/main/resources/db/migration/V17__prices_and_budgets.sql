-- What a cluster's resources cost, as its admins set them, and what each namespace may cost a month.
create table cluster_prices (
    cluster           varchar(63)    primary key references clusters (name) on delete cascade,
    cpu_core_hour     numeric(12, 6) not null,
    memory_gib_hour   numeric(12, 6) not null,
    storage_gib_month numeric(12, 6) not null,
    currency          varchar(8)     not null
);

create table namespace_budgets (
    cluster   varchar(63)    not null references clusters (name) on delete cascade,
    namespace varchar(63)    not null,
    monthly   numeric(14, 2) not null,
    primary key (cluster, namespace)
);
