-- A token may be limited to reading, whatever its owner may do.
alter table api_tokens add column read_only boolean not null default false;
