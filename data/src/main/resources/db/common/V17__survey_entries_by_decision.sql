-- Survey entries are asked for by kind and decision (the deferred and the opened cases of completion packages, on
-- every first registration of land): the index names both, so a city's history of entries is not read each time.
CREATE INDEX survey_entries_kind_decision_idx ON survey_entries (kind, decision, seq);
DROP INDEX survey_entries_kind_idx;
