-- API tokens: only a SHA-256 hash of each token, found by its lookup key, with its current rate window.
create table api_tokens (
    id           bigint       generated always as identity primary key,
    owner        varchar(64)  not null references users (username) on delete cascade,
    name         varchar(100) not null,
    project      varchar(32)  not null,
    prefix       varchar(120) not null,
    lookup       char(8)      not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    window_start timestamptz,
    window_uses  integer      not null default 0
);

create index api_tokens_lookup   on api_tokens (lookup);
create index api_tokens_owner_id on api_tokens (owner, id);

-- Who holds a desktop: one per user, a capped number in all, decided here for every replica.
-- No reference to clusters: removing a cluster must not silently forget the desktops running on it.
create table desktop_claims (
    owner          varchar(64) primary key references users (username) on delete cascade,
    name           varchar(63) not null unique,
    cluster        varchar(63) not null,
    cpu_millicores bigint      not null,
    memory_bytes   bigint      not null,
    storage_bytes  bigint      not null,
    claimed_at     timestamptz not null,
    last_active_at timestamptz not null
);

-- The desktop cluster an admin chose on the Desktops page; at most one row.
create table desktop_settings (
    id      boolean     primary key default true check (id),
    cluster varchar(63)
);
