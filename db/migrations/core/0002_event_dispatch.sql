-- The dispatcher claims an event for fan-out by setting dispatched_at, and a delivery by a lease (locked_until, locked_by),
-- so that several host processes can share one outbox without handling anything twice in normal operation.
ALTER TABLE core_events ADD dispatched_at {{timestamp}} NULL;

CREATE INDEX ix_core_events_undispatched ON core_events (dispatched_at, id);

ALTER TABLE core_event_deliveries ADD locked_by {{text(200)}} NULL;
