-- Volumes that are not prisms (sloped ramps, tunnel sections) keep their exact solid as convex parts, in the
-- text form of org.strata.geo.io.PolyhedronText; footprint and heights then bound the solid.
ALTER TABLE parcels ADD COLUMN solid text;
ALTER TABLE units ADD COLUMN solid text;
DROP VIEW rights_volumes;
CREATE VIEW rights_volumes AS
    SELECT unit_code, 'parcel' AS kind, bottom_m, top_m, geom, solid FROM parcels
    UNION ALL
    SELECT unit_code, 'unit' AS kind, bottom_m, top_m, geom, solid FROM units;
