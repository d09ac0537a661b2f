-- A module script using every placeholder, embedded in the test assembly like a module's own.
CREATE TABLE sample_notes (
    id {{id}},
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    title {{text(100)}} NOT NULL,
    body {{text}} NULL,
    amount {{money}} NOT NULL,
    rate {{decimal(5,2)}} NOT NULL,
    quantity {{int}} NOT NULL,
    pinned {{bool}} NOT NULL DEFAULT {{false}},
    visible {{bool}} NOT NULL DEFAULT {{true}},
    reference {{guid}} NULL,
    due_on {{date}} NULL,
    created_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_sample_notes_shop ON sample_notes (shop_id, id);
