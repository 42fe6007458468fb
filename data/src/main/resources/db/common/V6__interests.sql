-- Interests an officer accepted on evidence: they let one identity query one unit in the interested tier.
CREATE TABLE interests (
    id           varchar(64) PRIMARY KEY,
    subject      varchar(128) NOT NULL,
    unit_code    varchar(28) NOT NULL,
    evidence     varchar(2000) NOT NULL,
    granted_by   varchar(128) NOT NULL,
    granted_at   timestamp with time zone NOT NULL,
    valid_until  timestamp with time zone NOT NULL
);
CREATE INDEX interests_subject_idx ON interests (subject, unit_code);

-- The case an authority or officer queried for.
ALTER TABLE query_records ADD COLUMN case_ref varchar(128);
