-- Certificate and proof numbers (不动产权证书 / 不动产登记证明): one gap-free series per registration office, year and
-- kind. A series row is locked while a recording takes the next number; every number issued names its event.
CREATE TABLE certificate_series (
    series    varchar(64) PRIMARY KEY,
    last_seq  bigint      NOT NULL
);

CREATE TABLE certificates (
    number    varchar(64) PRIMARY KEY,
    series    varchar(64) NOT NULL,
    seq       bigint      NOT NULL,
    event_id  varchar(32) NOT NULL,
    unit_code varchar(28) NOT NULL,
    UNIQUE (series, seq)
);
CREATE INDEX certificates_event_idx ON certificates (event_id);
