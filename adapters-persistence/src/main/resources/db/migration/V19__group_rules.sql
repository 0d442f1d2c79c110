-- What an identity provider's group gives its members in Kubedeck: a level on one cluster, or on every cluster
-- (cluster empty). One rule per group and cluster.
create table group_rules (
    group_name text not null check (length(group_name) between 1 and 256),
    cluster    text not null default '',
    level      text not null check (level in ('read', 'write', 'admin')),
    primary key (group_name, cluster)
);
