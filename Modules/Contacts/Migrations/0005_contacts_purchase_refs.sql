-- Sales documents are identified by guids, not by numbers: keep the sales document's id as text. The numeric
-- document_id of 0002 stays for its NOT NULL and UNIQUE constraints; new rows fill it from the guid (see PurchaseStore).
ALTER TABLE contacts_purchases ADD document_ref {{text(64)}} NULL;
CREATE UNIQUE INDEX uq_contacts_purchases_ref ON contacts_purchases (shop_id, document_kind, document_ref) WHERE document_ref IS NOT NULL;
