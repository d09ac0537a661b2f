-- Newsletters of a shop (each one a topic of the e-mailing module: "newsletter:<slug>").
CREATE TABLE newsletter_lists (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    slug {{text(50)}} NOT NULL,
    name {{text(200)}} NOT NULL,
    description {{text(1000)}} NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_newsletter_lists UNIQUE (shop_id, slug)
);

-- One row per address and newsletter. status: pending (waiting for the confirmation click until expires_at),
-- confirmed (consent proven; contact_id set through the audience contract), unsubscribed.
-- confirm_nonce is part of the signed confirmation link; confirmations_* rate-limit the confirmation e-mails.
CREATE TABLE newsletter_subscriptions (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    list_id {{bigint}} NOT NULL REFERENCES newsletter_lists (id),
    email {{text(254)}} NOT NULL,
    email_key {{text(254)}} NOT NULL,
    first_name {{text(100)}} NULL,
    last_name {{text(100)}} NULL,
    status {{text(12)}} NOT NULL,
    contact_id {{bigint}} NULL,
    confirm_nonce {{text(32)}} NOT NULL,
    requested_at {{timestamp}} NOT NULL,
    expires_at {{timestamp}} NOT NULL,
    confirmation_sent_at {{timestamp}} NULL,
    confirmations_sent {{int}} NOT NULL,
    confirmed_at {{timestamp}} NULL,
    unsubscribed_at {{timestamp}} NULL,
    CONSTRAINT uq_newsletter_subscriptions UNIQUE (shop_id, list_id, email_key)
);
CREATE INDEX ix_newsletter_subscriptions_status ON newsletter_subscriptions (shop_id, list_id, status);
CREATE INDEX ix_newsletter_subscriptions_expiry ON newsletter_subscriptions (shop_id, status, expires_at);

-- Issues: Markdown or HTML body; status draft, scheduled, sending, sent. html_snapshot: the web version as sent (archive).
-- source: what created a draft automatically (blog:post:<id>), so that an announcement is drafted once.
CREATE TABLE newsletter_issues (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    list_id {{bigint}} NOT NULL REFERENCES newsletter_lists (id),
    subject {{text(500)}} NOT NULL,
    format {{text(10)}} NOT NULL,
    body {{text}} NOT NULL,
    status {{text(10)}} NOT NULL,
    source {{text(100)}} NULL,
    scheduled_at {{timestamp}} NULL,
    base_url {{text(300)}} NULL,
    sent_at {{timestamp}} NULL,
    recipients {{int}} NULL,
    refusals_json {{text}} NULL,
    html_snapshot {{text}} NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL
);
CREATE INDEX ix_newsletter_issues_list ON newsletter_issues (shop_id, list_id, status, sent_at);
CREATE INDEX ix_newsletter_issues_due ON newsletter_issues (shop_id, status, scheduled_at);

-- Per shop: the random key that signs confirmation links when none is configured.
CREATE TABLE newsletter_settings (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    signing_key {{text(100)}} NOT NULL,
    CONSTRAINT uq_newsletter_settings UNIQUE (shop_id)
);
