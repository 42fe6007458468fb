-- Credit records and package entries are append-only.
CREATE FUNCTION survey_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER survey_credit_append_only
    BEFORE UPDATE OR DELETE ON survey_credit
    FOR EACH ROW EXECUTE FUNCTION survey_append_only();

CREATE TRIGGER survey_entries_append_only
    BEFORE UPDATE OR DELETE ON survey_entries
    FOR EACH ROW EXECUTE FUNCTION survey_append_only();
