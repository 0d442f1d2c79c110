-- Tags are key=value (a key alone keeps an empty value, as the tags before this). Clusters belong to groups, run
-- on a provider in a region (chosen, or read from their nodes), and keep what the last sync read of them.
alter table clusters
    add column groups                 text[]      not null default '{}',
    add column provider               varchar(16),
    add column region                 varchar(63),
    add column facts_provider         varchar(16),
    add column facts_region           varchar(63),
    add column facts_zones            text[]      not null default '{}',
    add column facts_nodes            integer     not null default 0,
    add column facts_pods             integer     not null default 0,
    add column facts_cpu_allocatable  bigint      not null default 0,
    add column facts_memory_allocatable bigint    not null default 0,
    add column facts_cpu_requested    bigint      not null default 0,
    add column facts_memory_requested bigint      not null default 0,
    add column facts_synced_at        timestamptz;
