-- What each cluster allows in its containers, as its admins set it. A cluster without a row has the defaults:
-- commands and files allowed, terminal sessions not recorded.
create table container_policies (
    cluster            varchar(63) primary key references clusters (name) on delete cascade,
    exec               boolean     not null,
    files              boolean     not null,
    record_transcripts boolean     not null
);
