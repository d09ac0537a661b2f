-- The customer file: companies and people of one shop. A person may belong to a company (company_id).
CREATE TABLE contacts_contacts (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    kind {{text(10)}} NOT NULL,
    company_id {{bigint}} NULL REFERENCES contacts_contacts (id),
    civility {{text(10)}} NULL,
    first_name {{text(100)}} NULL,
    last_name {{text(100)}} NULL,
    company_name {{text(200)}} NULL,
    email {{text(254)}} NULL,
    phone {{text(20)}} NULL,
    city {{text(100)}} NULL,
    postcode {{text(10)}} NULL,
    lifecycle {{text(20)}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_contacts_contacts_shop_name ON contacts_contacts (shop_id, last_name, first_name);
CREATE INDEX ix_contacts_contacts_shop_email ON contacts_contacts (shop_id, email);
