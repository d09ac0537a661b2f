-- The outbox: every text the module sends (ref: the random id given to the provider and echoed in its delivery reports).
-- status: queued (waiting, possibly for the next legal window, or leased by a sender until lease_until), sent (the
-- provider accepted it), delivered / failed (delivery report, or parked after a permanent failure or too many attempts),
-- cancelled (consent withdrawn or STOP received before it left).
CREATE TABLE sms_outbox (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    ref {{text(32)}} NOT NULL,
    kind {{text(20)}} NOT NULL,
    promotional {{bool}} NOT NULL,
    campaign_id {{bigint}} NULL,
    contact_id {{bigint}} NULL,
    to_number {{text(20)}} NOT NULL,
    sender {{text(20)}} NOT NULL,
    body {{text}} NOT NULL,
    encoding {{text(5)}} NOT NULL,
    segments {{int}} NOT NULL,
    status {{text(10)}} NOT NULL,
    attempts {{int}} NOT NULL,
    next_attempt_at {{timestamp}} NOT NULL,
    lease_owner {{text(64)}} NULL,
    lease_until {{timestamp}} NULL,
    last_error {{text(1000)}} NULL,
    provider_id {{text(100)}} NULL,
    created_at {{timestamp}} NOT NULL,
    sent_at {{timestamp}} NULL,
    reported_at {{timestamp}} NULL,
    CONSTRAINT uq_sms_outbox_ref UNIQUE (ref)
);
CREATE INDEX ix_sms_outbox_due ON sms_outbox (shop_id, status, next_attempt_at);
CREATE INDEX ix_sms_outbox_lease ON sms_outbox (shop_id, lease_owner);
CREATE INDEX ix_sms_outbox_campaign ON sms_outbox (shop_id, campaign_id);
CREATE INDEX ix_sms_outbox_number ON sms_outbox (shop_id, to_number);

-- Campaigns: the text is a template source (Scriban, text mode) rendered per recipient.
-- status: draft, sending (being enqueued), sent (every message in the outbox, each due at due_at or the next window).
CREATE TABLE sms_campaigns (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    name {{text(200)}} NOT NULL,
    text_template {{text}} NOT NULL,
    segment_id {{bigint}} NOT NULL,
    status {{text(10)}} NOT NULL,
    due_at {{timestamp}} NULL,
    recipients {{int}} NULL,
    exclusions_json {{text}} NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    enqueued_at {{timestamp}} NULL
);
CREATE INDEX ix_sms_campaigns_status ON sms_campaigns (shop_id, status);

-- What providers report: delivered, failed (reason), stop (an inbound STOP from the number); one row per report.
CREATE TABLE sms_events (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    outbox_id {{bigint}} NULL,
    campaign_id {{bigint}} NULL,
    kind {{text(20)}} NOT NULL,
    from_number {{text(20)}} NULL,
    detail {{text(1000)}} NULL,
    occurred_at {{timestamp}} NOT NULL
);
CREATE INDEX ix_sms_events_campaign ON sms_events (shop_id, campaign_id, kind);

-- Per-shop settings: provider and its credentials, sender, time zone of the sending windows, price, opt-out mention,
-- and the random secret that signs the provider's callbacks.
CREATE TABLE sms_settings (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    provider {{text(10)}} NOT NULL,
    endpoint {{text(500)}} NULL,
    login {{text(200)}} NULL,
    password {{text(500)}} NULL,
    sender {{text(20)}} NULL,
    time_zone {{text(64)}} NOT NULL,
    price_per_sms {{money}} NOT NULL,
    stop_mention {{text(60)}} NOT NULL,
    callback_secret {{text(100)}} NOT NULL,
    CONSTRAINT uq_sms_settings UNIQUE (shop_id)
);
