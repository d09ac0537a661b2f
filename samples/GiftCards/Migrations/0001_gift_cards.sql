-- Gift cards of one shop. order_id is the sales order that paid for the card, when it was sold through a sale.
CREATE TABLE gift_cards_cards (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    code {{text(20)}} NOT NULL,
    amount {{money}} NOT NULL,
    order_id {{bigint}} NULL,
    created_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_gift_cards_cards_code UNIQUE (shop_id, code)
);
