CREATE TABLE sample_tags (
    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
    name {{text(50)}} NOT NULL,
    uses {{int}} NOT NULL,
    PRIMARY KEY (shop_id, name)
);
