-- Per cluster: whether requests made for a person impersonate them (the cluster's own RBAC decides).
alter table clusters add column impersonate boolean not null default false;

-- The groups the identity provider last named for each user of single sign-on; sent as Impersonate-Group.
create table user_groups (
    username   varchar(64) not null references users (username) on delete cascade,
    group_name text        not null check (length(group_name) between 1 and 256),
    primary key (username, group_name)
);
