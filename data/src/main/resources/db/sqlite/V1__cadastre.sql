-- The cadastre for the embedded store (SQLite): the same tables as the PostGIS schema; footprints are WKB blobs,
-- and one R*Tree holds every footprint's box, kept by triggers, for the index-driven box test.
-- Coordinates: EPSG:4549 (x = easting, y = northing, metres); heights: metres, 1985 national height datum.


CREATE TABLE parcels (
    unit_code      varchar(28) PRIMARY KEY,
    parcel_code    varchar(19) NOT NULL UNIQUE,
    right_letter   char(1)     NOT NULL,
    land_use       varchar(4)  NOT NULL,
    location       varchar(1000)        NOT NULL,
    stated_area    double precision NOT NULL CHECK (stated_area > 0),
    computed_area  double precision NOT NULL,
    bottom_m       double precision,
    top_m          double precision,
    geom           blob NOT NULL,
    CHECK (bottom_m IS NULL OR top_m IS NULL OR bottom_m < top_m)
);

CREATE TABLE buildings (
    unit_code      varchar(28) PRIMARY KEY,
    parcel_code    varchar(19) NOT NULL REFERENCES parcels (parcel_code),
    name           varchar(1000)        NOT NULL,
    use_class      varchar(16) NOT NULL,
    footprint_area double precision NOT NULL,
    floors_above   integer     NOT NULL,
    floors_below   integer     NOT NULL,
    bottom_m       double precision NOT NULL,
    top_m          double precision NOT NULL,
    geom           blob NOT NULL,
    CHECK (bottom_m < top_m)
);
CREATE INDEX buildings_parcel_idx ON buildings (parcel_code);

CREATE TABLE floors (
    building_code  varchar(28) NOT NULL REFERENCES buildings (unit_code),
    floor_number   integer     NOT NULL CHECK (floor_number <> 0),
    bottom_m       double precision NOT NULL,
    top_m          double precision NOT NULL,
    PRIMARY KEY (building_code, floor_number),
    CHECK (bottom_m < top_m)
);

CREATE TABLE units (
    unit_code      varchar(28) PRIMARY KEY,
    building_code  varchar(28) NOT NULL REFERENCES buildings (unit_code),
    floor_number   integer     NOT NULL,
    room           varchar(1000)        NOT NULL,
    use_class      varchar(16) NOT NULL,
    building_area  double precision NOT NULL,
    inner_area     double precision NOT NULL,
    bottom_m       double precision NOT NULL,
    top_m          double precision NOT NULL,
    geom           blob NOT NULL,
    CHECK (bottom_m < top_m)
);
CREATE INDEX units_building_idx ON units (building_code);

CREATE TABLE parties (
    id             varchar(64) PRIMARY KEY,
    name           varchar(1000)        NOT NULL,
    id_type        varchar(16) NOT NULL,
    id_number      varchar(18) NOT NULL
);

CREATE TABLE rights (
    id             varchar(64) PRIMARY KEY,
    unit_code      varchar(28) NOT NULL,
    right_type     integer     NOT NULL,
    right_nature   integer     NOT NULL,
    term_start     date        NOT NULL,
    term_end       date        NOT NULL
);
CREATE INDEX rights_unit_idx ON rights (unit_code);

CREATE TABLE right_holders (
    right_id       varchar(64) NOT NULL REFERENCES rights (id),
    party_id       varchar(64) NOT NULL REFERENCES parties (id),
    holder_order   integer     NOT NULL,
    share_num      bigint      NOT NULL,
    share_den      bigint      NOT NULL,
    PRIMARY KEY (right_id, party_id)
);
CREATE INDEX right_holders_party_idx ON right_holders (party_id);

CREATE VIRTUAL TABLE cadastre_rtree USING rtree(id, min_e, max_e, min_n, max_n, +unit_code);

CREATE TRIGGER parcels_box AFTER INSERT ON parcels BEGIN
    INSERT INTO cadastre_rtree (min_e, max_e, min_n, max_n, unit_code)
    VALUES (ST_XMin(NEW.geom), ST_XMax(NEW.geom), ST_YMin(NEW.geom), ST_YMax(NEW.geom), NEW.unit_code);
END;

CREATE TRIGGER buildings_box AFTER INSERT ON buildings BEGIN
    INSERT INTO cadastre_rtree (min_e, max_e, min_n, max_n, unit_code)
    VALUES (ST_XMin(NEW.geom), ST_XMax(NEW.geom), ST_YMin(NEW.geom), ST_YMax(NEW.geom), NEW.unit_code);
END;

CREATE TRIGGER units_box AFTER INSERT ON units BEGIN
    INSERT INTO cadastre_rtree (min_e, max_e, min_n, max_n, unit_code)
    VALUES (ST_XMin(NEW.geom), ST_XMax(NEW.geom), ST_YMin(NEW.geom), ST_YMax(NEW.geom), NEW.unit_code);
END;

-- The cadastre is written once per unit: rows are never changed or removed.
CREATE TRIGGER parcels_append_only_update BEFORE UPDATE ON parcels BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
CREATE TRIGGER parcels_append_only_delete BEFORE DELETE ON parcels BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
CREATE TRIGGER buildings_append_only_update BEFORE UPDATE ON buildings BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
CREATE TRIGGER buildings_append_only_delete BEFORE DELETE ON buildings BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
CREATE TRIGGER units_append_only_update BEFORE UPDATE ON units BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
CREATE TRIGGER units_append_only_delete BEFORE DELETE ON units BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
