-- The register book: rights now live in the register's events, not in cadastre tables.
DROP TABLE right_holders;
DROP TABLE rights;
DROP TABLE parties;

-- One row per county chain: the last sequence and hash. Recording locks this row (SELECT ... FOR UPDATE),
-- so appends to one county never interleave.
CREATE TABLE register_heads (
    county     varchar(6) PRIMARY KEY,
    last_seq   bigint     NOT NULL,
    last_hash  varchar(64) NOT NULL
);

-- Append-only events; body is the canonical text the hash covers.
CREATE TABLE register_events (
    id          varchar(32) PRIMARY KEY,
    county      varchar(6)  NOT NULL,
    seq         bigint      NOT NULL,
    unit_code   varchar(28) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    valid_from  timestamp with time zone NOT NULL,
    case_id     varchar(64) NOT NULL,
    body        text        NOT NULL,
    prev_hash   varchar(64) NOT NULL,
    hash        varchar(64) NOT NULL,
    UNIQUE (county, seq)
);
CREATE INDEX register_events_unit_idx ON register_events (unit_code, seq);

CREATE TABLE cases (
    id          varchar(64) PRIMARY KEY,
    county      varchar(6)  NOT NULL,
    unit_code   varchar(28) NOT NULL,
    type        varchar(32) NOT NULL,
    status      varchar(16) NOT NULL,
    version     bigint      NOT NULL,
    body        text        NOT NULL
);
CREATE INDEX cases_unit_idx ON cases (unit_code);

-- The register is append-only: the database refuses to change or remove an event. (Whoever disables this
-- trigger is still caught by the hash chain: GET /api/v1/register/verify names the altered event.)
CREATE TRIGGER register_events_no_update BEFORE UPDATE ON register_events
BEGIN
    SELECT RAISE(ABORT, 'register events are append-only: UPDATE refused');
END;

CREATE TRIGGER register_events_no_delete BEFORE DELETE ON register_events
BEGIN
    SELECT RAISE(ABORT, 'register events are append-only: DELETE refused');
END;
