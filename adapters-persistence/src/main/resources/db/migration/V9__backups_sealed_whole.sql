-- A backup is sealed whole: its content (each object's YAML, Secret values masked, then each Secret's complete
-- manifest) is one sealed blob under content_key_id; only what the list shows stays in the clear (cluster,
-- namespace, time, author, the kind and name of each object).
alter table backups add column content_key_id varchar(64);
alter table backups add column sealed_content bytea;

-- The key is not in the database, so no migration can seal. Rows written before keep their YAML in the clear and
-- their Secrets sealed apart here until the console seals them at its next start, which empties these columns.
alter table backups rename column yaml to legacy_yaml;
alter table backups rename column sealed_key_id to legacy_key_id;
alter table backups rename column sealed_secrets to legacy_sealed_secrets;
alter table backups alter column legacy_yaml drop not null;

alter table backups add constraint backups_sealed_whole check (
    case when sealed_content is null
        then content_key_id is null and legacy_yaml is not null
        else content_key_id is not null and legacy_yaml is null and legacy_key_id is null
    end);
