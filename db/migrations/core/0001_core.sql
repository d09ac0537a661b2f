-- Core schema of the host. Portable SQL: the double-brace type placeholders are expanded per engine (db/migrations/README.md).
-- core_modules and core_migrations (the journal) are created by the migration runner itself, before this script.

CREATE TABLE core_shops (
    id {{id}},
    slug {{text(100)}} NOT NULL,
    name {{text(200)}} NOT NULL,
    culture {{text(20)}} NOT NULL DEFAULT 'fr-FR',
    time_zone {{text(100)}} NOT NULL DEFAULT 'Europe/Paris',
    created_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_core_shops_slug UNIQUE (slug)
);

CREATE TABLE core_users (
    id {{id}},
    email {{text(320)}} NOT NULL,
    password_hash {{text(500)}} NOT NULL,
    display_name {{text(200)}} NOT NULL,
    culture {{text(20)}} NOT NULL DEFAULT 'fr-FR',
    is_platform_admin {{bool}} NOT NULL DEFAULT {{false}},
    failed_sign_ins {{int}} NOT NULL DEFAULT 0,
    locked_until {{timestamp}} NULL,
    created_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_core_users_email UNIQUE (email)
);

CREATE TABLE core_shop_users (
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    user_id {{bigint}} NOT NULL REFERENCES core_users (id),
    role {{text(50)}} NOT NULL,
    PRIMARY KEY (shop_id, user_id)
);

CREATE INDEX ix_core_shop_users_user ON core_shop_users (user_id);

CREATE TABLE core_shop_modules (
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    module_id {{text(100)}} NOT NULL,
    enabled {{bool}} NOT NULL,
    changed_at {{timestamp}} NOT NULL,
    changed_by {{bigint}} NULL REFERENCES core_users (id),
    PRIMARY KEY (shop_id, module_id)
);

CREATE TABLE core_events (
    id {{id}},
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    source_module {{text(100)}} NOT NULL,
    name {{text(200)}} NOT NULL,
    payload {{text}} NOT NULL,
    created_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_core_events_shop ON core_events (shop_id, id);

CREATE TABLE core_event_deliveries (
    id {{id}},
    event_id {{bigint}} NOT NULL REFERENCES core_events (id),
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    subscriber_module {{text(100)}} NOT NULL,
    status {{text(20)}} NOT NULL DEFAULT 'pending',
    attempts {{int}} NOT NULL DEFAULT 0,
    next_attempt_at {{timestamp}} NOT NULL,
    last_error {{text}} NULL,
    locked_until {{timestamp}} NULL,
    completed_at {{timestamp}} NULL,
    CONSTRAINT uq_core_event_deliveries UNIQUE (event_id, subscriber_module),
    CONSTRAINT ck_core_event_deliveries_status CHECK (status IN ('pending', 'done', 'parked'))
);

CREATE INDEX ix_core_event_deliveries_due ON core_event_deliveries (status, next_attempt_at);

CREATE TABLE core_api_tokens (
    id {{id}},
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    user_id {{bigint}} NOT NULL REFERENCES core_users (id),
    name {{text(200)}} NOT NULL,
    token_hash {{text(128)}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    revoked_at {{timestamp}} NULL,
    CONSTRAINT uq_core_api_tokens_hash UNIQUE (token_hash)
);

CREATE INDEX ix_core_api_tokens_shop ON core_api_tokens (shop_id);
