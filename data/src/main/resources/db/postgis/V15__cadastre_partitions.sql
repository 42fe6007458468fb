-- The cadastre is partitioned by county like the register (V13): parcels, buildings, floors and units each carry
-- their county (the first six characters of their codes, written by the store) and keep one partition per county,
-- made with the county's register chain or before its first units are added (CountyPartitions). Keys and
-- foreign keys carry the county, as PostgreSQL requires of partitioned tables; a code names its county, so they
-- are as unique as before. A county's lookups by code name the county and read its partition alone.
CREATE TABLE parcels_by_county (
    unit_code      varchar(28) NOT NULL,
    parcel_code    varchar(19) NOT NULL,
    right_letter   char(1)     NOT NULL,
    land_use       varchar(4)  NOT NULL,
    location       text        NOT NULL,
    stated_area    double precision NOT NULL CHECK (stated_area > 0),
    computed_area  double precision NOT NULL,
    bottom_m       double precision,
    top_m          double precision,
    geom           geometry(Polygon, 4549) NOT NULL,
    solid          text,
    county         varchar(6)  NOT NULL,
    PRIMARY KEY (county, unit_code),
    UNIQUE (county, parcel_code),
    CHECK (bottom_m IS NULL OR top_m IS NULL OR bottom_m < top_m)
) PARTITION BY LIST (county);

CREATE TABLE buildings_by_county (
    unit_code      varchar(28) NOT NULL,
    parcel_code    varchar(19) NOT NULL,
    name           text        NOT NULL,
    use_class      varchar(16) NOT NULL,
    footprint_area double precision NOT NULL,
    floors_above   integer     NOT NULL,
    floors_below   integer     NOT NULL,
    bottom_m       double precision NOT NULL,
    top_m          double precision NOT NULL,
    geom           geometry(Polygon, 4549) NOT NULL,
    county         varchar(6)  NOT NULL,
    PRIMARY KEY (county, unit_code),
    FOREIGN KEY (county, parcel_code) REFERENCES parcels_by_county (county, parcel_code),
    CHECK (bottom_m < top_m)
) PARTITION BY LIST (county);

CREATE TABLE floors_by_county (
    building_code  varchar(28) NOT NULL,
    floor_number   integer     NOT NULL CHECK (floor_number <> 0),
    bottom_m       double precision NOT NULL,
    top_m          double precision NOT NULL,
    county         varchar(6)  NOT NULL,
    PRIMARY KEY (county, building_code, floor_number),
    FOREIGN KEY (county, building_code) REFERENCES buildings_by_county (county, unit_code),
    CHECK (bottom_m < top_m)
) PARTITION BY LIST (county);

CREATE TABLE units_by_county (
    unit_code      varchar(28) NOT NULL,
    building_code  varchar(28) NOT NULL,
    floor_number   integer     NOT NULL,
    room           text        NOT NULL,
    use_class      varchar(16) NOT NULL,
    building_area  double precision NOT NULL,
    inner_area     double precision NOT NULL,
    bottom_m       double precision NOT NULL,
    top_m          double precision NOT NULL,
    geom           geometry(Polygon, 4549) NOT NULL,
    solid          text,
    county         varchar(6)  NOT NULL,
    PRIMARY KEY (county, unit_code),
    FOREIGN KEY (county, building_code) REFERENCES buildings_by_county (county, unit_code),
    CHECK (bottom_m < top_m)
) PARTITION BY LIST (county);

CREATE TABLE parcels_default PARTITION OF parcels_by_county DEFAULT;
CREATE TABLE buildings_default PARTITION OF buildings_by_county DEFAULT;
CREATE TABLE floors_default PARTITION OF floors_by_county DEFAULT;
CREATE TABLE units_default PARTITION OF units_by_county DEFAULT;

DO $$
DECLARE
    c text;
    t text;
BEGIN
    FOR c IN SELECT left(unit_code, 6) FROM parcels UNION SELECT left(unit_code, 6) FROM buildings
             UNION SELECT left(unit_code, 6) FROM units UNION SELECT county FROM register_heads LOOP
        FOREACH t IN ARRAY ARRAY['parcels', 'buildings', 'floors', 'units'] LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)', t || '_' || c, t || '_by_county', c);
        END LOOP;
    END LOOP;
END
$$;

INSERT INTO parcels_by_county (unit_code, parcel_code, right_letter, land_use, location, stated_area,
        computed_area, bottom_m, top_m, geom, solid, county)
    SELECT unit_code, parcel_code, right_letter, land_use, location, stated_area, computed_area, bottom_m, top_m,
        geom, solid, left(unit_code, 6) FROM parcels;
INSERT INTO buildings_by_county (unit_code, parcel_code, name, use_class, footprint_area, floors_above,
        floors_below, bottom_m, top_m, geom, county)
    SELECT unit_code, parcel_code, name, use_class, footprint_area, floors_above, floors_below, bottom_m, top_m,
        geom, left(unit_code, 6) FROM buildings;
INSERT INTO floors_by_county (building_code, floor_number, bottom_m, top_m, county)
    SELECT building_code, floor_number, bottom_m, top_m, left(building_code, 6) FROM floors;
INSERT INTO units_by_county (unit_code, building_code, floor_number, room, use_class, building_area, inner_area,
        bottom_m, top_m, geom, solid, county)
    SELECT unit_code, building_code, floor_number, room, use_class, building_area, inner_area, bottom_m, top_m,
        geom, solid, left(unit_code, 6) FROM units;

DROP VIEW rights_volumes;
DROP TABLE units;
DROP TABLE floors;
DROP TABLE buildings;
DROP TABLE parcels;
ALTER TABLE parcels_by_county RENAME TO parcels;
ALTER TABLE buildings_by_county RENAME TO buildings;
ALTER TABLE floors_by_county RENAME TO floors;
ALTER TABLE units_by_county RENAME TO units;

CREATE INDEX parcels_geom_idx ON parcels USING gist (geom);
CREATE INDEX buildings_geom_idx ON buildings USING gist (geom);
CREATE INDEX buildings_parcel_idx ON buildings (county, parcel_code);
CREATE INDEX units_geom_idx ON units USING gist (geom);
CREATE INDEX units_building_idx ON units (county, building_code);

CREATE VIEW rights_volumes AS
    SELECT unit_code, 'parcel' AS kind, bottom_m, top_m, geom, solid FROM parcels
    UNION ALL
    SELECT unit_code, 'unit' AS kind, bottom_m, top_m, geom, solid FROM units;

-- Pages are ordered by unit code across the counties' partitions: each partition's index gives that order.
CREATE INDEX parcels_code_idx ON parcels (unit_code);
CREATE INDEX buildings_code_idx ON buildings (unit_code);
CREATE INDEX units_code_idx ON units (unit_code);
