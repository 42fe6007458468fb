-- Every query of a unit's events names its county (the partition key on PostgreSQL): one index on county, unit
-- and sequence serves them on both databases. Without it SQLite answered "county IN (...) AND unit_code IN (...)"
-- through the (county, seq) key, reading the county's whole chain for each batch of an import.
DROP INDEX register_events_unit_idx;
CREATE INDEX register_events_county_unit_idx ON register_events (county, unit_code, seq);
