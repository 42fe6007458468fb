-- Every query, append-only: who, in which role and tier, why, about which unit, when, and what was disclosed;
-- a query that disclosed several units (a 3D or map query) has one row per unit under one receipt.
CREATE TABLE query_records (
    receipt     varchar(64) NOT NULL,
    subject     varchar(128) NOT NULL,
    asker_name  varchar(256) NOT NULL,
    role        varchar(16) NOT NULL,
    tier        varchar(16) NOT NULL,
    purpose     varchar(32) NOT NULL,
    unit_code   varchar(28) NOT NULL,
    asked_at    timestamp with time zone NOT NULL,
    disclosed   varchar(256) NOT NULL,
    PRIMARY KEY (receipt, unit_code)
);
CREATE INDEX query_records_unit_idx ON query_records (unit_code, asked_at);

-- The parties each register event names, by identity document number, so a holder's units are found by index.
CREATE TABLE event_parties (
    event_id    varchar(32) NOT NULL,
    unit_code   varchar(28) NOT NULL,
    id_number   varchar(18) NOT NULL,
    PRIMARY KEY (event_id, id_number)
);
CREATE INDEX event_parties_id_idx ON event_parties (id_number);
