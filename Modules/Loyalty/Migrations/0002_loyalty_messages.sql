-- Birthday and reward messages. send_messages: the program's switch (NULL is off, so existing programs stay silent).
-- loyalty_messages: one row per card and occasion (occasion_key: birthday:{card}:{year} or reward:{reward}), created
-- pending under a do-once claim, then taken once (pending -> done) by the sender in the transaction that queues the
-- e-mail and the SMS through the e-mailing and SMS modules' outboxes. email_result / sms_result: queued, or why not.
ALTER TABLE loyalty_programs ADD send_messages {{bool}} NULL;

CREATE TABLE loyalty_messages (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    occasion_key {{text(120)}} NOT NULL,
    occasion {{text(10)}} NOT NULL,
    card_id {{bigint}} NOT NULL,
    reward_id {{bigint}} NULL,
    status {{text(10)}} NOT NULL,
    email_result {{text(40)}} NULL,
    sms_result {{text(40)}} NULL,
    created_at {{timestamp}} NOT NULL,
    processed_at {{timestamp}} NULL,
    CONSTRAINT uq_loyalty_messages_occasion UNIQUE (shop_id, occasion_key)
);

CREATE INDEX ix_loyalty_messages_status ON loyalty_messages (shop_id, status);
