-- Records other departments share with the registry: filed sale contracts (网签备案) and banks' loan contracts.
CREATE TABLE shared_records (
    source     varchar(32)  NOT NULL,
    reference  varchar(128) NOT NULL,
    unit_code  varchar(28)  NOT NULL,
    body       text         NOT NULL,
    PRIMARY KEY (source, reference)
);

-- The documents of issued certificates and proofs (电子证照), kept as issued so their SHA-256 can be verified.
CREATE TABLE certificate_documents (
    number     varchar(128) PRIMARY KEY,
    sha256     varchar(64)  NOT NULL,
    issued_at  timestamp with time zone NOT NULL,
    document   bytea        NOT NULL
);
