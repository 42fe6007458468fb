-- Every registered volume in one place: land units (parcels) and building units, for the OGC 'rights'
-- collection and 3D queries. Heights are metres of the 1985 datum (null when open).
CREATE VIEW rights_volumes AS
    SELECT unit_code, 'parcel' AS kind, bottom_m, top_m, geom FROM parcels
    UNION ALL
    SELECT unit_code, 'unit' AS kind, bottom_m, top_m, geom FROM units;
