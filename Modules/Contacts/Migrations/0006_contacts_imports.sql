-- CSV imports run by the background job "imports" (Import/Jobs): the file waits in the module's import folder
-- (ContactsOptions.ImportDirectory) and is read in chunks. Each chunk's contacts are committed in the same transaction
-- as the checkpoint below (records_done: raw CSV records after the header, blank ones included; rows_done: data rows),
-- so a crash or a restart resumes at the first chunk not committed, and never imports a chunk twice.
-- status: queued, running, done, failed. lease_owner/lease_until: the process working on it (several may run jobs).
CREATE TABLE contacts_imports (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    token {{text(32)}} NOT NULL,
    file_name {{text(255)}} NOT NULL,
    format {{text(100)}} NOT NULL,
    mapping_json {{text}} NOT NULL,
    status {{text(10)}} NOT NULL,
    total_rows {{bigint}} NULL,
    records_done {{bigint}} NOT NULL,
    rows_done {{bigint}} NOT NULL,
    created {{bigint}} NOT NULL,
    updated {{bigint}} NOT NULL,
    skipped {{bigint}} NOT NULL,
    with_warnings {{bigint}} NOT NULL,
    issues {{bigint}} NOT NULL,
    report_json {{text}} NULL,
    error {{text(1000)}} NULL,
    attempts {{int}} NOT NULL,
    lease_owner {{text(64)}} NULL,
    lease_until {{timestamp}} NULL,
    queued_at {{timestamp}} NOT NULL,
    started_at {{timestamp}} NULL,
    finished_at {{timestamp}} NULL,
    CONSTRAINT uq_contacts_imports_token UNIQUE (shop_id, token)
);
CREATE INDEX ix_contacts_imports_status ON contacts_imports (shop_id, status, id);
