-- On PostgreSQL a county's events are its partition (V13), so within it the unit code alone finds a unit's
-- events. An index led by the county let the planner, on a partition just filled in the same transaction (an
-- import: no statistics yet), take "county = ?" for selective and read the county's whole chain for each batch of
-- units, filtering their codes; with the unit code leading there is no such choice. SQLite keeps V14's index.
DROP INDEX register_events_county_unit_idx;
CREATE INDEX register_events_unit_idx ON register_events (unit_code, seq);
