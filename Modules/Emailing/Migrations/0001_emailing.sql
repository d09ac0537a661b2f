-- The outbox: every message (ref: the random id in its Message-ID and in its signed links) the module sends, written in the transaction of the action that causes it.
-- status: queued (waiting or leased by a sender until lease_until), sent, failed (parked: permanent failure or too many attempts).
CREATE TABLE emailing_outbox (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    ref {{text(32)}} NOT NULL,
    message_id {{text(200)}} NOT NULL,
    kind {{text(20)}} NOT NULL,
    campaign_id {{bigint}} NULL,
    contact_id {{bigint}} NULL,
    to_address {{text(254)}} NOT NULL,
    to_name {{text(200)}} NULL,
    from_address {{text(254)}} NOT NULL,
    from_name {{text(200)}} NULL,
    subject {{text(500)}} NOT NULL,
    html_body {{text}} NULL,
    text_body {{text}} NULL,
    headers_json {{text}} NULL,
    attachments_json {{text}} NULL,
    status {{text(10)}} NOT NULL,
    attempts {{int}} NOT NULL,
    next_attempt_at {{timestamp}} NOT NULL,
    lease_owner {{text(64)}} NULL,
    lease_until {{timestamp}} NULL,
    last_error {{text(1000)}} NULL,
    created_at {{timestamp}} NOT NULL,
    sent_at {{timestamp}} NULL,
    CONSTRAINT uq_emailing_outbox_ref UNIQUE (ref)
);
CREATE INDEX ix_emailing_outbox_due ON emailing_outbox (shop_id, status, next_attempt_at);
CREATE INDEX ix_emailing_outbox_lease ON emailing_outbox (shop_id, lease_owner);
CREATE INDEX ix_emailing_outbox_campaign ON emailing_outbox (shop_id, campaign_id);
CREATE INDEX ix_emailing_outbox_sent ON emailing_outbox (shop_id, sent_at);

-- Campaigns: subject, HTML and text are template sources (Scriban) rendered per recipient.
-- status: draft, scheduled, sending (being enqueued), sent (all messages in the outbox).
CREATE TABLE emailing_campaigns (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    name {{text(200)}} NOT NULL,
    subject {{text(500)}} NOT NULL,
    html_template {{text}} NOT NULL,
    text_template {{text}} NULL,
    segment_id {{bigint}} NOT NULL,
    topic {{text(100)}} NULL,
    use_soft_opt_in {{bool}} NOT NULL,
    status {{text(10)}} NOT NULL,
    scheduled_at {{timestamp}} NULL,
    base_url {{text(300)}} NULL,
    recipients {{int}} NULL,
    exclusions_json {{text}} NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    enqueued_at {{timestamp}} NULL
);
CREATE INDEX ix_emailing_campaigns_status ON emailing_campaigns (shop_id, status, scheduled_at);

-- Tracking: opens, clicks (url), bounces (hard/soft, reason), unsubscribes; one row per occurrence.
CREATE TABLE emailing_events (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    outbox_id {{bigint}} NOT NULL,
    campaign_id {{bigint}} NULL,
    kind {{text(20)}} NOT NULL,
    url {{text(2000)}} NULL,
    detail {{text(1000)}} NULL,
    occurred_at {{timestamp}} NOT NULL
);
CREATE INDEX ix_emailing_events_campaign ON emailing_events (shop_id, campaign_id, kind);
CREATE INDEX ix_emailing_events_outbox ON emailing_events (shop_id, outbox_id, kind);

-- Per-shop settings: sender, hosts tracked links may lead to, and the key that signs links when none is configured.
CREATE TABLE emailing_settings (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    from_address {{text(254)}} NULL,
    from_name {{text(200)}} NULL,
    allowed_hosts {{text(1000)}} NULL,
    signing_key {{text(100)}} NOT NULL,
    CONSTRAINT uq_emailing_settings UNIQUE (shop_id)
);
