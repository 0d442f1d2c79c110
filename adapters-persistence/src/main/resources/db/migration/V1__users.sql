create table users (
    username             varchar(64)  primary key,
    password_hash        varchar(255) not null,
    is_admin             boolean      not null,
    can_read             boolean      not null,
    can_write            boolean      not null,
    enabled              boolean      not null,
    must_change_password boolean      not null,
    created_at           timestamptz  not null
);

create table user_cluster_permissions (
    username     varchar(64) not null references users (username) on delete cascade,
    cluster      varchar(63) not null,
    access_level varchar(8)  not null check (access_level in ('read', 'write', 'admin')),
    primary key (username, cluster)
);

-- Failed-login counters per username and per client address, shared by every replica.
create table login_throttle (
    throttle_key varchar(200) primary key,
    failures     integer      not null,
    locked_until timestamptz,
    last_failure timestamptz
);
