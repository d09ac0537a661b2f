CREATE TABLE jobprobe_runs (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    shop_slug {{text(100)}} NOT NULL,
    rendered {{text(400)}} NOT NULL
);
