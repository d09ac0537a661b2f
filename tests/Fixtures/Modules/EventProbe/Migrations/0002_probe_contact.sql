ALTER TABLE probe_received ADD contact_id {{bigint}} NULL;
