-- The rest of the chain: what orders, delivery notes, deposits and credit notes need beyond 0001, shop settings
-- (legal mentions, reminder steps), reminders sent and the stored PDF of validated documents.

-- Base and VAT per rate fixed by a document rather than computed from its lines: a deposit invoice's split
-- (owner_type 'invoice') and a credit note's summary checked against its invoice (owner_type 'credit_note').
CREATE TABLE sales_vat_summaries (
    shop_id {{bigint}} NOT NULL,
    owner_type {{text(20)}} NOT NULL,
    owner_id {{guid}} NOT NULL,
    vat_rate {{decimal(5,2)}} NOT NULL,
    base_excl_vat {{money}} NOT NULL,
    vat {{money}} NOT NULL,
    CONSTRAINT pk_sales_vat_summaries PRIMARY KEY (owner_type, owner_id, vat_rate)
);

-- What a draft invoice was made from: delivery notes ('delivery_note') and, for a deposit invoice, the order's
-- deposits known when it was drafted ('previous_deposit').
CREATE TABLE sales_invoice_sources (
    shop_id {{bigint}} NOT NULL,
    invoice_id {{guid}} NOT NULL,
    source_kind {{text(20)}} NOT NULL,
    source_id {{guid}} NOT NULL,
    CONSTRAINT pk_sales_invoice_sources PRIMARY KEY (invoice_id, source_kind, source_id)
);

-- Legal mentions printed on documents, one row per shop.
CREATE TABLE sales_settings (
    shop_id {{bigint}} NOT NULL PRIMARY KEY,
    legal_name {{text(200)}} NULL,
    address {{text(1000)}} NULL,
    siret {{text(20)}} NULL,
    vat_number {{text(20)}} NULL,
    payment_terms_kind {{text(20)}} NOT NULL,
    payment_terms_days {{int}} NOT NULL,
    late_penalty_rate {{decimal(5,2)}} NOT NULL,
    vat_exemption_mention {{text(200)}} NULL,
    reminder_steps {{text(100)}} NOT NULL
);

-- Reminder steps recorded as sent per invoice (by staff now, by the emailing module later).
CREATE TABLE sales_reminders (
    shop_id {{bigint}} NOT NULL,
    invoice_id {{guid}} NOT NULL,
    step_no {{int}} NOT NULL,
    sent_on {{date}} NOT NULL,
    user_name {{text(254)}} NULL,
    CONSTRAINT pk_sales_reminders PRIMARY KEY (invoice_id, step_no)
);

-- The PDF of a validated document, produced once and served identical afterwards. Base64 text because the
-- portable column types have no binary type; sha256 lets callers check it never changed.
CREATE TABLE sales_document_pdfs (
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    document_id {{guid}} NOT NULL,
    content_base64 {{text}} NOT NULL,
    sha256 {{text(64)}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    CONSTRAINT pk_sales_document_pdfs PRIMARY KEY (document_type, document_id)
);
