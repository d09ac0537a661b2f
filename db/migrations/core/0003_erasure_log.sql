-- Proof that a right to erasure was carried out: which module did what for which contact id, and when.
-- Holds no personal data: the account is each module's short description of what it erased or kept.
CREATE TABLE core_erasure_log (
    id {{id}},
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    contact_id {{bigint}} NOT NULL,
    module_id {{text(100)}} NOT NULL,
    account {{text(2000)}} NOT NULL,
    erased_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_core_erasure_log_shop ON core_erasure_log (shop_id, contact_id);
