-- Version 1.1.0: cards expire (NULL for the cards issued before, which never expire).
ALTER TABLE gift_cards_cards ADD expires_on {{date}} NULL;
