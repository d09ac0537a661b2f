-- Sales schema. Documents are keyed by a guid (the domain's id); the customer is a contacts id plus a snapshot of
-- name and address taken when the document is written, because sales never reads the contacts tables and an
-- issued document must keep the customer as it was.

-- Gapless counters: one row per shop, document type and period (formatted date tokens of the mask, '' if none).
CREATE TABLE sales_number_counters (
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    period {{text(20)}} NOT NULL,
    last_value {{bigint}} NOT NULL,
    CONSTRAINT pk_sales_number_counters PRIMARY KEY (shop_id, document_type, period)
);

-- Masks chosen by a shop; a type without a row uses the default mask.
CREATE TABLE sales_numbering_masks (
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    mask {{text(40)}} NOT NULL,
    CONSTRAINT pk_sales_numbering_masks PRIMARY KEY (shop_id, document_type)
);

-- Catalog: products and services.
CREATE TABLE sales_products (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    kind {{text(10)}} NOT NULL,
    reference {{text(50)}} NOT NULL,
    name {{text(200)}} NOT NULL,
    unit_price_excl_vat {{decimal(19,4)}} NOT NULL,
    vat_rate {{decimal(5,2)}} NOT NULL,
    active {{bool}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_sales_products_reference UNIQUE (shop_id, reference)
);

-- Header of every numbered document (quote, order, delivery note, invoice, credit note) lives in its own table;
-- they share the customer snapshot columns and the UNIQUE (shop_id, document_type, number).
CREATE TABLE sales_quotes (
    id {{guid}} NOT NULL PRIMARY KEY,
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    number {{text(40)}} NULL,
    status {{text(20)}} NOT NULL,
    customer_id {{bigint}} NOT NULL,
    customer_name {{text(200)}} NOT NULL,
    customer_address {{text(1000)}} NULL,
    issue_date {{date}} NULL,
    valid_until {{date}} NULL,
    order_id {{guid}} NULL,
    total_excl_vat {{money}} NOT NULL,
    total_vat {{money}} NOT NULL,
    total_incl_vat {{money}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_sales_quotes_number UNIQUE (shop_id, document_type, number)
);

CREATE TABLE sales_orders (
    id {{guid}} NOT NULL PRIMARY KEY,
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    number {{text(40)}} NULL,
    status {{text(20)}} NOT NULL,
    quote_id {{guid}} NULL,
    customer_id {{bigint}} NOT NULL,
    customer_name {{text(200)}} NOT NULL,
    customer_address {{text(1000)}} NULL,
    issue_date {{date}} NULL,
    total_excl_vat {{money}} NOT NULL,
    total_vat {{money}} NOT NULL,
    total_incl_vat {{money}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_sales_orders_number UNIQUE (shop_id, document_type, number)
);

-- Delivered / invoiced quantities per order line.
CREATE TABLE sales_order_progress (
    shop_id {{bigint}} NOT NULL,
    order_id {{guid}} NOT NULL,
    line_no {{int}} NOT NULL,
    delivered {{decimal(19,3)}} NOT NULL,
    invoiced {{decimal(19,3)}} NOT NULL,
    CONSTRAINT pk_sales_order_progress PRIMARY KEY (order_id, line_no)
);

CREATE TABLE sales_delivery_notes (
    id {{guid}} NOT NULL PRIMARY KEY,
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    number {{text(40)}} NOT NULL,
    order_id {{guid}} NOT NULL,
    customer_id {{bigint}} NOT NULL,
    delivery_date {{date}} NOT NULL,
    invoice_id {{guid}} NULL,
    created_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_sales_delivery_notes_number UNIQUE (shop_id, document_type, number)
);

CREATE TABLE sales_invoices (
    id {{guid}} NOT NULL PRIMARY KEY,
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    kind {{text(20)}} NOT NULL,
    number {{text(40)}} NULL,
    status {{text(20)}} NOT NULL,
    order_id {{guid}} NULL,
    customer_id {{bigint}} NOT NULL,
    customer_name {{text(200)}} NOT NULL,
    customer_address {{text(1000)}} NULL,
    issue_date {{date}} NULL,
    due_date {{date}} NULL,
    payment_terms_kind {{text(20)}} NULL,
    payment_terms_days {{int}} NULL,
    total_excl_vat {{money}} NOT NULL,
    total_vat {{money}} NOT NULL,
    total_incl_vat {{money}} NOT NULL,
    amount_paid {{money}} NOT NULL,
    validated_at {{timestamp}} NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_sales_invoices_number UNIQUE (shop_id, document_type, number)
);

CREATE INDEX ix_sales_invoices_shop_status ON sales_invoices (shop_id, status, due_date);

-- Deductions of deposits on a final invoice (deposit invoice id, per VAT rate).
CREATE TABLE sales_invoice_deposits (
    shop_id {{bigint}} NOT NULL,
    invoice_id {{guid}} NOT NULL,
    deposit_invoice_id {{guid}} NOT NULL,
    CONSTRAINT pk_sales_invoice_deposits PRIMARY KEY (invoice_id, deposit_invoice_id)
);

-- Lines of every document; owner_type says which table owner_id points to.
CREATE TABLE sales_document_lines (
    shop_id {{bigint}} NOT NULL,
    owner_type {{text(20)}} NOT NULL,
    owner_id {{guid}} NOT NULL,
    line_no {{int}} NOT NULL,
    product_id {{bigint}} NULL,
    description {{text(1000)}} NOT NULL,
    quantity {{decimal(19,3)}} NOT NULL,
    unit_price_excl_vat {{decimal(19,4)}} NOT NULL,
    discount_percent {{decimal(5,2)}} NOT NULL,
    vat_rate {{decimal(5,2)}} NOT NULL,
    source_line_no {{int}} NULL,
    total_excl_vat {{money}} NOT NULL,
    CONSTRAINT pk_sales_document_lines PRIMARY KEY (owner_type, owner_id, line_no)
);

CREATE TABLE sales_payments (
    id {{guid}} NOT NULL PRIMARY KEY,
    shop_id {{bigint}} NOT NULL,
    invoice_id {{guid}} NOT NULL,
    payment_date {{date}} NOT NULL,
    amount {{money}} NOT NULL,
    method {{text(20)}} NOT NULL,
    reference {{text(100)}} NULL,
    created_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_sales_payments_invoice ON sales_payments (shop_id, invoice_id);

CREATE TABLE sales_credit_notes (
    id {{guid}} NOT NULL PRIMARY KEY,
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    number {{text(40)}} NULL,
    status {{text(20)}} NOT NULL,
    invoice_id {{guid}} NOT NULL,
    customer_id {{bigint}} NOT NULL,
    reason {{text(500)}} NULL,
    issue_date {{date}} NULL,
    total_excl_vat {{money}} NOT NULL,
    total_vat {{money}} NOT NULL,
    total_incl_vat {{money}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_sales_credit_notes_number UNIQUE (shop_id, document_type, number)
);

-- Links between documents (quote → order → delivery note → invoice → credit note), read both ways.
CREATE TABLE sales_document_links (
    shop_id {{bigint}} NOT NULL,
    source_type {{text(20)}} NOT NULL,
    source_id {{guid}} NOT NULL,
    target_type {{text(20)}} NOT NULL,
    target_id {{guid}} NOT NULL,
    CONSTRAINT pk_sales_document_links PRIMARY KEY (source_id, target_id)
);

CREATE INDEX ix_sales_document_links_target ON sales_document_links (shop_id, target_id);

-- Audit trail: who did what to which document, when.
CREATE TABLE sales_audit (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    document_type {{text(20)}} NOT NULL,
    document_id {{guid}} NOT NULL,
    action {{text(40)}} NOT NULL,
    user_name {{text(254)}} NULL,
    detail {{text(1000)}} NULL,
    at {{timestamp}} NOT NULL
);

CREATE INDEX ix_sales_audit_document ON sales_audit (shop_id, document_id);
