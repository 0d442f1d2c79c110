-- Versions of any kind a cluster serves, custom resources included: the kind's name as kubectl writes it
-- (widgets.example.com), and the apiVersion and manifest kind it was recorded at, to speak to it again.
alter table yaml_versions alter column kind type varchar(320);
alter table yaml_versions add column api_version varchar(320);
alter table yaml_versions add column manifest_kind varchar(100);
