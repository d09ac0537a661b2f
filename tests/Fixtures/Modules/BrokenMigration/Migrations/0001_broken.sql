-- Deliberately invalid: the migration runner must mark this module failed and keep the host up.
CREATE TABLEAU broken_migration_items (id INTEGER PRIMARY KEY,, label TEXT);
