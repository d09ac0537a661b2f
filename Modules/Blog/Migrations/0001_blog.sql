-- Posts. status: draft, scheduled (publish_at in the future when saved), published. A post is public when its status is
-- scheduled or published and publish_at has passed (so a scheduled post goes online on time even before the job runs).
-- announced_at: set once, in the transaction that publishes blog.post.published, so the event goes out once per post.
-- base_url: the public address seen when the post was last saved, for the event's absolute URL from a background job.
CREATE TABLE blog_posts (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    title {{text(200)}} NOT NULL,
    slug {{text(100)}} NOT NULL,
    body {{text}} NOT NULL,
    excerpt {{text(500)}} NULL,
    author {{text(120)}} NULL,
    status {{text(10)}} NOT NULL,
    publish_at {{timestamp}} NULL,
    cover_file {{text(64)}} NULL,
    announce_to {{text(100)}} NULL,
    announced_at {{timestamp}} NULL,
    base_url {{text(300)}} NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    CONSTRAINT uq_blog_posts_slug UNIQUE (shop_id, slug)
);
CREATE INDEX ix_blog_posts_public ON blog_posts (shop_id, status, publish_at);

-- Tags of a post: the name as written and its slug (the tag page's URL).
CREATE TABLE blog_post_tags (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    post_id {{bigint}} NOT NULL,
    name {{text(40)}} NOT NULL,
    slug {{text(40)}} NOT NULL,
    CONSTRAINT uq_blog_post_tags UNIQUE (post_id, slug)
);
CREATE INDEX ix_blog_post_tags_slug ON blog_post_tags (shop_id, slug);

-- Visitors' comments. status: pending (held for moderation), approved, rejected. ip: for the per-IP rate limit,
-- erased after a year (see module.json's processing).
CREATE TABLE blog_comments (
    id {{id}},
    shop_id {{bigint}} NOT NULL,
    post_id {{bigint}} NOT NULL,
    author_name {{text(100)}} NOT NULL,
    author_email {{text(254)}} NOT NULL,
    body {{text}} NOT NULL,
    ip {{text(45)}} NULL,
    status {{text(10)}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    moderated_at {{timestamp}} NULL
);
CREATE INDEX ix_blog_comments_post ON blog_comments (shop_id, post_id, status);
CREATE INDEX ix_blog_comments_ip ON blog_comments (shop_id, ip, created_at);
