-- Merged surveying (多测合一): firms and their append-only credit, projects, one commission per project and stage,
-- package versions with their bytes and reports, append-only entries on packages, inspection draws and results.
CREATE TABLE survey_firms (
    id             varchar(64)  PRIMARY KEY,
    name           varchar(300) NOT NULL,
    qualification  varchar(300) NOT NULL,
    surveyors      varchar(4000) NOT NULL
);

CREATE TABLE survey_credit (
    id           varchar(64)  PRIMARY KEY,
    firm_id      varchar(64)  NOT NULL REFERENCES survey_firms (id),
    kind         varchar(32)  NOT NULL,
    reference    varchar(300) NOT NULL,
    evidence     varchar(4000) NOT NULL,
    recorded_by  varchar(128) NOT NULL,
    recorded_at  timestamp with time zone NOT NULL,
    seq          bigint       NOT NULL
);
CREATE INDEX survey_credit_firm_idx ON survey_credit (firm_id, seq);

CREATE TABLE survey_projects (
    code          varchar(64)  PRIMARY KEY,
    name          varchar(300) NOT NULL,
    county        varchar(6)   NOT NULL,
    builder_name  varchar(300) NOT NULL,
    builder_id    varchar(18)  NOT NULL,
    parcel_codes  varchar(4000) NOT NULL,
    permits       varchar(4000) NOT NULL
);

CREATE TABLE survey_commissions (
    id             varchar(100) PRIMARY KEY,
    project_code   varchar(64)  NOT NULL REFERENCES survey_projects (code),
    stage          varchar(16)  NOT NULL,
    firm_id        varchar(64)  NOT NULL REFERENCES survey_firms (id),
    items          varchar(2000) NOT NULL,
    registered_at  timestamp with time zone NOT NULL,
    registered_by  varchar(128) NOT NULL,
    CONSTRAINT survey_commissions_one_per_stage UNIQUE (project_code, stage)
);

CREATE TABLE survey_reports (
    id             varchar(64)  PRIMARY KEY,
    commission_id  varchar(100) NOT NULL,
    package_id     varchar(64),
    uploaded_by    varchar(128) NOT NULL,
    checked_at     timestamp with time zone NOT NULL,
    rule_set       varchar(200) NOT NULL,
    sha256         varchar(64)  NOT NULL,
    results        text NOT NULL
);

CREATE TABLE survey_packages (
    id             varchar(64)  PRIMARY KEY,
    commission_id  varchar(100) NOT NULL REFERENCES survey_commissions (id),
    project_code   varchar(64)  NOT NULL,
    stage          varchar(16)  NOT NULL,
    version        integer      NOT NULL,
    supersedes     varchar(64),
    reason         varchar(64),
    status         varchar(32)  NOT NULL,
    uploaded_by    varchar(128) NOT NULL,
    uploaded_at    timestamp with time zone NOT NULL,
    sha256         varchar(64)  NOT NULL,
    report_id      varchar(64)  NOT NULL REFERENCES survey_reports (id),
    parts          text NOT NULL,
    zip            bytea NOT NULL,
    CONSTRAINT survey_packages_one_version UNIQUE (commission_id, version)
);

CREATE TABLE survey_entries (
    id          varchar(64)  PRIMARY KEY,
    package_id  varchar(64)  NOT NULL REFERENCES survey_packages (id),
    kind        varchar(16)  NOT NULL,
    department  varchar(32)  NOT NULL,
    subject     varchar(500) NOT NULL,
    decision    varchar(32)  NOT NULL,
    body        varchar(4000) NOT NULL,
    actor       varchar(128) NOT NULL,
    at          timestamp with time zone NOT NULL,
    seq         bigint       NOT NULL
);
CREATE INDEX survey_entries_package_idx ON survey_entries (package_id, seq);
CREATE INDEX survey_entries_kind_idx ON survey_entries (kind, seq);

CREATE TABLE survey_draws (
    id              varchar(64)  PRIMARY KEY,
    seed            bigint       NOT NULL,
    population      text NOT NULL,
    inspector_pool  varchar(4000) NOT NULL,
    packages        text NOT NULL,
    inspectors      text NOT NULL,
    drawn_by        varchar(128) NOT NULL,
    drawn_at        timestamp with time zone NOT NULL
);

CREATE TABLE survey_inspections (
    id            varchar(64)  PRIMARY KEY,
    draw_id       varchar(64)  NOT NULL REFERENCES survey_draws (id),
    package_id    varchar(64)  NOT NULL,
    inspector     varchar(128) NOT NULL,
    check_points  integer      NOT NULL,
    gross_errors  integer      NOT NULL,
    errors        integer      NOT NULL,
    grade         varchar(16)  NOT NULL,
    at            timestamp with time zone NOT NULL,
    seq           bigint       NOT NULL
);
