-- Credit records and package entries are append-only.
CREATE TRIGGER survey_credit_no_update BEFORE UPDATE ON survey_credit
BEGIN
    SELECT RAISE(ABORT, 'survey_credit is append-only: UPDATE refused');
END;

CREATE TRIGGER survey_credit_no_delete BEFORE DELETE ON survey_credit
BEGIN
    SELECT RAISE(ABORT, 'survey_credit is append-only: DELETE refused');
END;

CREATE TRIGGER survey_entries_no_update BEFORE UPDATE ON survey_entries
BEGIN
    SELECT RAISE(ABORT, 'survey_entries is append-only: UPDATE refused');
END;

CREATE TRIGGER survey_entries_no_delete BEFORE DELETE ON survey_entries
BEGIN
    SELECT RAISE(ABORT, 'survey_entries is append-only: DELETE refused');
END;
