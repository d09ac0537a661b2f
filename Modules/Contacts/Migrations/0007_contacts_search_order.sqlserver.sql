-- SQL Server spells DROP INDEX with the table (DROP INDEX ix ON t); otherwise the same as 0006_contacts_search_order.sql.
-- The contact list is ordered by the folded names (search_last, search_first, search_company, id): one index serves
-- that order, the last-name prefix range and the walk that finds a frequent prefix's first page. It replaces the
-- (shop_id, last_name, first_name) and (shop_id, search_last) indexes, which an import had to maintain per row too.
DROP INDEX ix_contacts_contacts_shop_name ON contacts_contacts;
DROP INDEX ix_contacts_contacts_shop_search_last ON contacts_contacts;
CREATE INDEX ix_contacts_contacts_shop_order ON contacts_contacts (shop_id, search_last, search_first, search_company);

-- Key and prefix lookups only ever compare a value, so rows without one (a person has no company name, most files no
-- mobile or customer number) need no entry: partial indexes skip them, and an import writes fewer entries per row.
DROP INDEX ix_contacts_contacts_shop_external ON contacts_contacts;
CREATE INDEX ix_contacts_contacts_shop_external ON contacts_contacts (shop_id, external_id) WHERE external_id IS NOT NULL;
DROP INDEX ix_contacts_contacts_shop_mobile ON contacts_contacts;
CREATE INDEX ix_contacts_contacts_shop_mobile ON contacts_contacts (shop_id, mobile) WHERE mobile IS NOT NULL;
DROP INDEX ix_contacts_contacts_shop_search_first ON contacts_contacts;
CREATE INDEX ix_contacts_contacts_shop_search_first ON contacts_contacts (shop_id, search_first) WHERE search_first IS NOT NULL;
DROP INDEX ix_contacts_contacts_shop_search_company ON contacts_contacts;
CREATE INDEX ix_contacts_contacts_shop_search_company ON contacts_contacts (shop_id, search_company) WHERE search_company IS NOT NULL;
