-- The cadastre's rows carry their county (the first six characters of their codes), as on PostgreSQL, where the
-- tables are partitioned by it: one SQL writes and reads both stores. The append-only triggers step aside while
-- the existing rows are given theirs.
DROP TRIGGER parcels_append_only_update;
DROP TRIGGER buildings_append_only_update;
DROP TRIGGER units_append_only_update;
ALTER TABLE parcels ADD COLUMN county varchar(6) NOT NULL DEFAULT '';
ALTER TABLE buildings ADD COLUMN county varchar(6) NOT NULL DEFAULT '';
ALTER TABLE floors ADD COLUMN county varchar(6) NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN county varchar(6) NOT NULL DEFAULT '';
UPDATE parcels SET county = substr(unit_code, 1, 6);
UPDATE buildings SET county = substr(unit_code, 1, 6);
UPDATE floors SET county = substr(building_code, 1, 6);
UPDATE units SET county = substr(unit_code, 1, 6);
CREATE TRIGGER parcels_append_only_update BEFORE UPDATE ON parcels BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
CREATE TRIGGER buildings_append_only_update BEFORE UPDATE ON buildings BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
CREATE TRIGGER units_append_only_update BEFORE UPDATE ON units BEGIN SELECT RAISE(ABORT, 'the cadastre is append-only'); END;
