-- Messages other modules queue through ModularCrm.Sdk.Mail.IMailOutbox: their statistics key (stream), and the list
-- (topic, with the name shown to the recipient) that their unsubscribe link offers to leave. One column per ALTER.
ALTER TABLE emailing_outbox ADD stream {{text(100)}} NULL;
ALTER TABLE emailing_outbox ADD topic {{text(100)}} NULL;
ALTER TABLE emailing_outbox ADD topic_label {{text(200)}} NULL;
CREATE INDEX ix_emailing_outbox_stream ON emailing_outbox (shop_id, stream);
