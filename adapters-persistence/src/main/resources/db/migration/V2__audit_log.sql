-- Append-only: every row carries the hash of the row before it (see AuditChain).
create table audit_log (
    id        bigserial    primary key,
    time      timestamptz  not null,
    actor     varchar(64)  not null,
    client_ip varchar(64)  not null,
    action    varchar(64)  not null,
    target    varchar(255) not null,
    cluster   varchar(63),
    outcome   varchar(16)  not null,
    detail    text         not null,
    prev_hash char(64)     not null,
    hash      char(64)     not null
);

-- Pages are read newest first by id; each filter has an index that keeps that order.
create index audit_log_action_id  on audit_log (action, id);
create index audit_log_actor_id   on audit_log (actor, id);
create index audit_log_cluster_id on audit_log (cluster, id) where cluster is not null;
create index audit_log_time       on audit_log (time);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op;
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
