-- Texts other modules queue through ModularCrm.Sdk.Sms.ISmsOutbox carry their statistics key (stream); a shop may cap
-- its sending rate below the configured default (its operator's contract). One column per ALTER.
ALTER TABLE sms_outbox ADD stream {{text(100)}} NULL;
ALTER TABLE sms_settings ADD rate_per_minute {{int}} NULL;
CREATE INDEX ix_sms_outbox_stream ON sms_outbox (shop_id, stream);
