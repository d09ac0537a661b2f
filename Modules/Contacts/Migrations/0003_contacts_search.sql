-- Prefix search that every engine answers from an index: folded (lower case, no accents) copies of the names,
-- searched with a range (>= prefix AND < next prefix) instead of LOWER(x) LIKE, which no index serves.
ALTER TABLE contacts_contacts ADD search_last {{text(100)}} NULL;
ALTER TABLE contacts_contacts ADD search_first {{text(100)}} NULL;
ALTER TABLE contacts_contacts ADD search_company {{text(200)}} NULL;

CREATE INDEX ix_contacts_contacts_shop_search_last ON contacts_contacts (shop_id, search_last);
CREATE INDEX ix_contacts_contacts_shop_search_first ON contacts_contacts (shop_id, search_first);
CREATE INDEX ix_contacts_contacts_shop_search_company ON contacts_contacts (shop_id, search_company);
