-- Recorded terminal sessions of the clusters that record them: who, where, when, how much each way, and the
-- session's events (JSON lines of [seconds, "o"|"i", "<base64>"]) compressed with gzip. They go with the cluster.
create table terminal_transcripts (
    id          uuid         primary key,
    cluster     varchar(63)  not null references clusters (name) on delete cascade,
    namespace   varchar(63)  not null,
    pod         varchar(253) not null,
    container   varchar(63)  not null,
    username    varchar(64)  not null,
    started_at  timestamptz  not null,
    ended_at    timestamptz  not null,
    bytes_in    bigint       not null,
    bytes_out   bigint       not null,
    truncated   boolean      not null,
    events_gzip bytea        not null
);

create index terminal_transcripts_by_cluster on terminal_transcripts (cluster, started_at desc);
