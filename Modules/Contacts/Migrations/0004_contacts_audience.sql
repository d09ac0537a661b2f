-- What marketing modules record through the audience contract (ModularCrm.Sdk.Audience.IAudience).
-- Per-topic opt-outs: the contact keeps the channel but leaves one list (a global opt-out is a withdrawn consent).
CREATE TABLE contacts_topic_optouts (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL REFERENCES contacts_contacts (id),
    channel {{text(10)}} NOT NULL,
    topic {{text(100)}} NOT NULL,
    withdrawn_at {{timestamp}} NOT NULL,
    source {{text(100)}} NULL,
    proof {{text(1000)}} NULL,
    CONSTRAINT uq_contacts_topic_optouts UNIQUE (shop_id, contact_id, channel, topic)
);

-- Addresses that must not be used any more (hard bounce, invalid number, blacklist), keyed by the lower-cased address.
CREATE TABLE contacts_address_blocks (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NULL,
    channel {{text(10)}} NOT NULL,
    address {{text(254)}} NOT NULL,
    reason {{text(500)}} NOT NULL,
    blocked_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_contacts_address_blocks UNIQUE (shop_id, channel, address)
);

-- The topic of a per-topic opt-out in the consent log (null: the whole channel).
ALTER TABLE contacts_consent_log ADD topic {{text(100)}} NULL;
