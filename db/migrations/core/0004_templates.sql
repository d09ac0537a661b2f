-- A shop's own version of a module template, by full name (module id, slash, path). Absent row: the default.
-- Only texts that parsed and rendered against the template's sample data are ever stored.
CREATE TABLE core_template_overrides (
    id {{id}},
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    template_name {{text(300)}} NOT NULL,
    body {{text}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    updated_by {{bigint}} NULL REFERENCES core_users (id),
    CONSTRAINT uq_core_template_overrides UNIQUE (shop_id, template_name)
);
