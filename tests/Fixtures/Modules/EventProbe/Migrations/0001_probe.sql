CREATE TABLE probe_received (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    event_id {{bigint}} NOT NULL,
    delivery_id {{text(100)}} NOT NULL,
    attempt {{int}} NOT NULL,
    display_name {{text(200)}} NOT NULL,
    CONSTRAINT uq_probe_received_delivery UNIQUE (delivery_id)
);
