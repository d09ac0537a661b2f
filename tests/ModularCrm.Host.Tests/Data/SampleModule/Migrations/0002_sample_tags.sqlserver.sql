-- Override example: only SQL Server runs this file instead of 0002_sample_tags.sql.
CREATE TABLE sample_tags (
    shop_id BIGINT NOT NULL REFERENCES core_shops (id),
    name NVARCHAR(50) NOT NULL,
    uses INT NOT NULL,
    CONSTRAINT pk_sample_tags PRIMARY KEY CLUSTERED (shop_id, name)
);
