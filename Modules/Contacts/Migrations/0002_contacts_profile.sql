-- Identity, lifecycle, origin and declared data of a contact (issue 4). One column per ALTER: SQLite adds one at a time,
-- and ADD without COLUMN is the spelling all three engines accept.
ALTER TABLE contacts_contacts ADD birth_date {{date}} NULL;
ALTER TABLE contacts_contacts ADD mobile {{text(20)}} NULL;
ALTER TABLE contacts_contacts ADD address {{text(300)}} NULL;
ALTER TABLE contacts_contacts ADD country {{text(2)}} NULL;
ALTER TABLE contacts_contacts ADD siren {{text(9)}} NULL;
ALTER TABLE contacts_contacts ADD vat_number {{text(20)}} NULL;
ALTER TABLE contacts_contacts ADD owner_user_id {{bigint}} NULL;
ALTER TABLE contacts_contacts ADD ambassador_id {{bigint}} NULL;
ALTER TABLE contacts_contacts ADD ambassador_name {{text(200)}} NULL;
ALTER TABLE contacts_contacts ADD is_host {{bool}} NULL;
ALTER TABLE contacts_contacts ADD source {{text(30)}} NULL;
ALTER TABLE contacts_contacts ADD external_id {{text(100)}} NULL;
ALTER TABLE contacts_contacts ADD annual_revenue {{money}} NULL;
ALTER TABLE contacts_contacts ADD remarks {{text(2000)}} NULL;
ALTER TABLE contacts_contacts ADD name_key {{text(300)}} NULL;
ALTER TABLE contacts_contacts ADD last_interaction_at {{timestamp}} NULL;
ALTER TABLE contacts_contacts ADD erased_at {{timestamp}} NULL;

CREATE INDEX ix_contacts_contacts_shop_external ON contacts_contacts (shop_id, external_id);
CREATE INDEX ix_contacts_contacts_shop_phone ON contacts_contacts (shop_id, phone);
CREATE INDEX ix_contacts_contacts_shop_mobile ON contacts_contacts (shop_id, mobile);
CREATE INDEX ix_contacts_contacts_shop_name_key ON contacts_contacts (shop_id, name_key);

-- Free tags (interests, remarks made searchable).
CREATE TABLE contacts_tags (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL REFERENCES contacts_contacts (id),
    tag {{text(100)}} NOT NULL,
    CONSTRAINT uq_contacts_tags UNIQUE (shop_id, contact_id, tag)
);

-- Typed custom fields defined per shop, and their values (stored as invariant text, typed by the definition).
CREATE TABLE contacts_custom_fields (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    code {{text(50)}} NOT NULL,
    label {{text(100)}} NOT NULL,
    field_type {{text(10)}} NOT NULL,
    CONSTRAINT uq_contacts_custom_fields UNIQUE (shop_id, code)
);

CREATE TABLE contacts_custom_values (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL REFERENCES contacts_contacts (id),
    field_id {{bigint}} NOT NULL REFERENCES contacts_custom_fields (id),
    value {{text(1000)}} NULL,
    CONSTRAINT uq_contacts_custom_values UNIQUE (shop_id, contact_id, field_id)
);

-- Current consent per channel (email, sms, post, phone); every change also goes to the append-only log below.
CREATE TABLE contacts_consents (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL REFERENCES contacts_contacts (id),
    channel {{text(10)}} NOT NULL,
    status {{text(10)}} NOT NULL,
    given_at {{timestamp}} NOT NULL,
    source {{text(100)}} NULL,
    proof {{text(1000)}} NULL,
    CONSTRAINT uq_contacts_consents UNIQUE (shop_id, contact_id, channel)
);

CREATE TABLE contacts_consent_log (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL,
    channel {{text(10)}} NOT NULL,
    status {{text(10)}} NOT NULL,
    given_at {{timestamp}} NOT NULL,
    source {{text(100)}} NULL,
    proof {{text(1000)}} NULL,
    recorded_at {{timestamp}} NOT NULL
);
CREATE INDEX ix_contacts_consent_log_contact ON contacts_consent_log (shop_id, contact_id);

-- Calls, meetings, e-mails and SMS sent, notes: by staff or by other modules through contacts.interaction.requested.
CREATE TABLE contacts_interactions (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL REFERENCES contacts_contacts (id),
    kind {{text(20)}} NOT NULL,
    occurred_at {{timestamp}} NOT NULL,
    subject {{text(200)}} NULL,
    body {{text(4000)}} NULL,
    source_module {{text(50)}} NOT NULL,
    external_ref {{text(100)}} NULL
);
CREATE INDEX ix_contacts_interactions_contact ON contacts_interactions (shop_id, contact_id, occurred_at);

-- Purchase history fed by sales events; one row per validated document (idempotent on the document id).
CREATE TABLE contacts_purchases (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL REFERENCES contacts_contacts (id),
    document_kind {{text(12)}} NOT NULL,
    document_id {{bigint}} NOT NULL,
    total_incl_vat {{money}} NOT NULL,
    total_excl_vat {{money}} NOT NULL,
    purchase_date {{date}} NOT NULL,
    CONSTRAINT uq_contacts_purchases UNIQUE (shop_id, document_kind, document_id)
);
CREATE INDEX ix_contacts_purchases_contact ON contacts_purchases (shop_id, contact_id);

-- Column mappings saved per shop for CSV imports (JSON list of header -> field).
CREATE TABLE contacts_import_mappings (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    name {{text(100)}} NOT NULL,
    mapping_json {{text}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_contacts_import_mappings UNIQUE (shop_id, name)
);

-- Saved filters (JSON) other modules use to reach lawful recipients.
CREATE TABLE contacts_segments (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    name {{text(100)}} NOT NULL,
    filter_json {{text}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_contacts_segments UNIQUE (shop_id, name)
);

-- Inputs of the customer value formula, one row per shop.
CREATE TABLE contacts_value_inputs (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    retention_rate {{decimal(9,4)}} NOT NULL,
    period_years {{int}} NOT NULL,
    cost_to_reach {{money}} NOT NULL,
    conversion_rate {{decimal(9,4)}} NOT NULL,
    CONSTRAINT uq_contacts_value_inputs UNIQUE (shop_id)
);
