-- Kicked pods to put back automatically; each row is taken by exactly one replica when due.
create table planned_restores (
    cluster      varchar(63)  not null references clusters (name) on delete cascade,
    namespace    varchar(253) not null,
    pod          varchar(253) not null,
    due_at       timestamptz  not null,
    requested_by varchar(64)  not null,
    primary key (cluster, namespace, pod)
);

create index planned_restores_due on planned_restores (due_at);
