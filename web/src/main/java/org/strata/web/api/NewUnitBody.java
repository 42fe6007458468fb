package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The description of a new unit in a first registration: a parcel (宗地) or a building unit (户), with its geometry
 * given once — {@code volume} (JSON-FG Prism, Polyhedron or MultiPolyhedron in EPSG:4549's own [northing, easting]
 * order) or, deprecated, {@code footprint} (a GeoJSON Polygon as [easting, northing]) with {@code bottom} and
 * {@code top}.
 *
 * @param kind {@code parcel} or {@code unit}
 * @param use a GB/T 21010 land use code for a parcel, a building use for a unit
 * @param statedArea the stated area in square metres
 * @param location a parcel's address
 * @param buildingCode a unit's building (幢) code
 * @param floor a unit's floor
 * @param room a unit's room number
 * @param innerArea a unit's inner (套内) area, the stated area when absent
 * @param crs the volume's CRS URI; only EPSG:4549 is accepted
 * @param volume the JSON-FG place of the unit
 * @param footprint deprecated: the GeoJSON footprint, [easting, northing]
 * @param bottom deprecated with footprint: the bottom height of the 1985 datum
 * @param top deprecated with footprint: the top height
 */
public record NewUnitBody(
        String kind,
        String use,
        Double statedArea,
        String location,
        String buildingCode,
        Double floor,
        String room,
        Double innerArea,
        String crs,
        JsonNode volume,
        JsonNode footprint,
        Double bottom,
        Double top) {}
