-- First table of the module: every table starts with the module id and has a shop_id.
CREATE TABLE mymodule_notes (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    text {{text(500)}} NOT NULL,
    created_at {{timestamp}} NOT NULL
);
