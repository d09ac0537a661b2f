-- Loyalty schema. Customers are contacts ids (loyalty never reads the contacts tables); invoices and credit notes
-- are the sales module's guids, kept as text because loyalty only compares them.

-- Things done once: earning an invoice in a program, recording a purchase or a credit note, issuing a contact's card,
-- closing a meeting. The primary key is what makes a repeated or concurrent event delivery a no-op: the handler
-- inserts its claim first (insert-or-nothing) and goes on only when the row was new.
CREATE TABLE loyalty_claims (
    shop_id {{bigint}} NOT NULL,
    claim_key {{text(120)}} NOT NULL,
    CONSTRAINT pk_loyalty_claims PRIMARY KEY (shop_id, claim_key)
);

-- Programs: kind points (points_per_euro), amount (euros spent) or stamps (one per purchase); every threshold units
-- turn into one reward. expiry_days: units earned expire that many days after the purchase (for amount programs,
-- this is the period over which spending is added up).
CREATE TABLE loyalty_programs (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    name {{text(200)}} NOT NULL,
    kind {{text(10)}} NOT NULL,
    earn_on {{text(10)}} NOT NULL,
    valid_from {{date}} NULL,
    valid_until {{date}} NULL,
    expiry_days {{int}} NULL,
    points_per_euro {{decimal(19,4)}} NULL,
    threshold {{decimal(19,4)}} NOT NULL,
    reward_kind {{text(10)}} NOT NULL,
    reward_value {{decimal(19,4)}} NOT NULL,
    reward_label {{text(200)}} NULL,
    voucher_validity_days {{int}} NULL,
    auto_issue_cards {{bool}} NOT NULL,
    active {{bool}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL
);

CREATE TABLE loyalty_cards (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL,
    number {{text(20)}} NOT NULL,
    holder_name {{text(200)}} NULL,
    email {{text(254)}} NULL,
    issued_how {{text(10)}} NOT NULL,
    issued_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_loyalty_cards_number UNIQUE (shop_id, number),
    CONSTRAINT uq_loyalty_cards_contact UNIQUE (shop_id, contact_id)
);

-- What loyalty knows of a contact from contacts.contact.created, to fill in a card issued on a first purchase.
CREATE TABLE loyalty_contacts (
    shop_id {{bigint}} NOT NULL,
    contact_id {{bigint}} NOT NULL,
    display_name {{text(200)}} NULL,
    email {{text(254)}} NULL,
    CONSTRAINT pk_loyalty_contacts PRIMARY KEY (shop_id, contact_id)
);

-- Every validated invoice, card or not: the base of statistics and of the program sanity check.
CREATE TABLE loyalty_purchases (
    shop_id {{bigint}} NOT NULL,
    invoice_id {{text(40)}} NOT NULL,
    contact_id {{bigint}} NOT NULL,
    purchase_date {{date}} NOT NULL,
    amount {{money}} NOT NULL,
    CONSTRAINT pk_loyalty_purchases PRIMARY KEY (shop_id, invoice_id)
);

CREATE INDEX ix_loyalty_purchases_contact ON loyalty_purchases (shop_id, contact_id);

CREATE TABLE loyalty_credits (
    shop_id {{bigint}} NOT NULL,
    credit_note_id {{text(40)}} NOT NULL,
    invoice_id {{text(40)}} NOT NULL,
    contact_id {{bigint}} NOT NULL,
    credit_date {{date}} NOT NULL,
    amount {{money}} NOT NULL,
    CONSTRAINT pk_loyalty_credits PRIMARY KEY (shop_id, credit_note_id)
);

CREATE INDEX ix_loyalty_credits_invoice ON loyalty_credits (shop_id, invoice_id);

-- The ledger of a card in a program: earn (+), reverse (credit note, -), convert (units turned into a reward, -).
-- units are points, euros or stamps depending on the program; amount is the purchase amount behind an earn/reverse.
CREATE TABLE loyalty_movements (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    card_id {{bigint}} NOT NULL,
    program_id {{bigint}} NOT NULL,
    kind {{text(10)}} NOT NULL,
    units {{decimal(19,4)}} NOT NULL,
    amount {{money}} NOT NULL,
    invoice_id {{text(40)}} NULL,
    reward_id {{bigint}} NULL,
    occurred_on {{date}} NOT NULL,
    expires_on {{date}} NULL,
    created_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_loyalty_movements_card ON loyalty_movements (shop_id, card_id, program_id);
CREATE INDEX ix_loyalty_movements_invoice ON loyalty_movements (shop_id, invoice_id);

-- Rewards: vouchers (discount kind amount or percent) and gifts; single use (redeemed_at set once).
CREATE TABLE loyalty_rewards (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    code {{text(20)}} NOT NULL,
    contact_id {{bigint}} NOT NULL,
    card_id {{bigint}} NULL,
    program_id {{bigint}} NULL,
    meeting_id {{bigint}} NULL,
    kind {{text(10)}} NOT NULL,
    value {{decimal(19,4)}} NOT NULL,
    label {{text(200)}} NOT NULL,
    issued_on {{date}} NOT NULL,
    expires_on {{date}} NULL,
    redeemed_at {{timestamp}} NULL,
    redeemed_document {{text(80)}} NULL,
    created_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_loyalty_rewards_code UNIQUE (shop_id, code)
);

CREATE INDEX ix_loyalty_rewards_contact ON loyalty_rewards (shop_id, contact_id);

-- Home parties: a host's meeting, its sales, and the voucher the host earns when it is closed.
CREATE TABLE loyalty_meetings (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    host_contact_id {{bigint}} NOT NULL,
    title {{text(200)}} NOT NULL,
    held_on {{date}} NOT NULL,
    share_percent {{decimal(5,2)}} NOT NULL,
    closed_at {{timestamp}} NULL,
    created_at {{timestamp}} NOT NULL
);

CREATE TABLE loyalty_meeting_sales (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    meeting_id {{bigint}} NOT NULL,
    invoice_ref {{text(40)}} NOT NULL,
    label {{text(200)}} NULL,
    amount {{money}} NOT NULL,
    CONSTRAINT uq_loyalty_meeting_sales_invoice UNIQUE (shop_id, invoice_ref)
);
