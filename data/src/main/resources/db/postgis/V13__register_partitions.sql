-- The register is partitioned by county (declarative LIST partitioning): each county's chain is its own
-- partition, created with the county's chain head (JdbcRegisterStore.ensureHead), so a county's recordings and
-- its queries — which name the county — touch only its partition. A county without a partition (none, unless
-- one is created by hand) falls in the default partition. The primary key carries the partition key, as
-- PostgreSQL requires; an event id is "<county>-<sequence>", so (county, id) is as unique as id.
ALTER TABLE register_events RENAME TO register_events_unpartitioned;
ALTER TABLE register_events_unpartitioned RENAME CONSTRAINT register_events_pkey TO register_events_unpartitioned_pkey;
ALTER TABLE register_events_unpartitioned
    RENAME CONSTRAINT register_events_county_seq_key TO register_events_unpartitioned_county_seq_key;
ALTER INDEX register_events_unit_idx RENAME TO register_events_unpartitioned_unit_idx;
DROP TRIGGER register_events_append_only ON register_events_unpartitioned;

CREATE TABLE register_events (
    id          varchar(32) NOT NULL,
    county      varchar(6)  NOT NULL,
    seq         bigint      NOT NULL,
    unit_code   varchar(28) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    valid_from  timestamp with time zone NOT NULL,
    case_id     varchar(64) NOT NULL,
    body        text        NOT NULL,
    prev_hash   varchar(64) NOT NULL,
    hash        varchar(64) NOT NULL,
    PRIMARY KEY (county, id),
    UNIQUE (county, seq)
) PARTITION BY LIST (county);
CREATE TABLE register_events_default PARTITION OF register_events DEFAULT;

DO $$
DECLARE
    c text;
BEGIN
    FOR c IN SELECT county FROM register_heads UNION SELECT DISTINCT county FROM register_events_unpartitioned LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF register_events FOR VALUES IN (%L)', 'register_events_' || c, c);
    END LOOP;
END
$$;

INSERT INTO register_events SELECT * FROM register_events_unpartitioned;
DROP TABLE register_events_unpartitioned;
CREATE INDEX register_events_unit_idx ON register_events (unit_code, seq);

CREATE TRIGGER register_events_append_only
    BEFORE UPDATE OR DELETE ON register_events
    FOR EACH ROW EXECUTE FUNCTION register_events_append_only();
