-- Credit records and package entries are append-only.
CREATE TRIGGER survey_credit_append_only
    BEFORE UPDATE, DELETE ON survey_credit
    FOR EACH ROW CALL "org.strata.data.embedded.AppendOnlyTrigger";

CREATE TRIGGER survey_entries_append_only
    BEFORE UPDATE, DELETE ON survey_entries
    FOR EACH ROW CALL "org.strata.data.embedded.AppendOnlyTrigger";
