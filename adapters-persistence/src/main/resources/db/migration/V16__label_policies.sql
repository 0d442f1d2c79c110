-- Labels a cluster requires on the objects of some kinds; scans report what breaks them.
create table label_policies (
    id         uuid          primary key,
    cluster    varchar(63)   not null references clusters (name) on delete cascade,
    label_key  varchar(317)  not null,
    kinds      text[]        not null,
    allowed    text[]        not null default '{}',
    pattern    varchar(200)  not null default '',
    set_by     varchar(64)   not null,
    set_at     timestamptz   not null,
    unique (cluster, label_key)
);
