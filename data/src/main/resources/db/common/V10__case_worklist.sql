-- The officers' worklist reads cases by county and status.
CREATE INDEX cases_county_status_idx ON cases (county, status);
