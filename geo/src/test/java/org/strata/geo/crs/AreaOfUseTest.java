package org.strata.geo.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.sis.metadata.iso.extent.Extents;
import org.apache.sis.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.opengis.metadata.extent.GeographicBoundingBox;
import org.strata.geo.model.GridBox;

/** The area of use Strata enforces is the one the EPSG database gives for EPSG:4549, and its grid box covers it. */
class AreaOfUseTest {
    @Test
    void theLonLatBoxIsTheEpsgDatabasesWithinAHundredthOfADegree() throws Exception {
        GeographicBoundingBox epsg =
                Extents.getGeographicBoundingBox(CRS.forCode("EPSG:4549").getDomainOfValidity());
        assertEquals(epsg.getWestBoundLongitude(), AreaOfUse.EPSG_4549_LON_LAT.minLongitude(), 0.01);
        assertEquals(epsg.getEastBoundLongitude(), AreaOfUse.EPSG_4549_LON_LAT.maxLongitude(), 0.01);
        assertEquals(epsg.getSouthBoundLatitude(), AreaOfUse.EPSG_4549_LON_LAT.minLatitude(), 0.01);
        assertEquals(epsg.getNorthBoundLatitude(), AreaOfUse.EPSG_4549_LON_LAT.maxLatitude(), 0.01);
    }

    @Test
    void theGridBoxCoversTheAreaAndIsNoMoreThanAKilometreLarger() {
        GridBox exact = GridTransform.epsg4549().toGrid(AreaOfUse.EPSG_4549_LON_LAT);
        GridBox box = AreaOfUse.EPSG_4549;
        assertTrue(box.minEasting() <= exact.minEasting() && exact.minEasting() - box.minEasting() < 1000);
        assertTrue(box.minNorthing() <= exact.minNorthing() && exact.minNorthing() - box.minNorthing() < 1000);
        assertTrue(box.maxEasting() >= exact.maxEasting() && box.maxEasting() - exact.maxEasting() < 1000);
        assertTrue(box.maxNorthing() >= exact.maxNorthing() && box.maxNorthing() - exact.maxNorthing() < 1000);
    }

    @Test
    void hangzhouIsInsideAndTheFindingsCoordinatesAreOutside() {
        assertTrue(AreaOfUse.contains(511_000, 3_347_000));
        assertFalse(AreaOfUse.contains(1e21, 3_348_654));
        assertFalse(AreaOfUse.contains(-1e300, 3_348_654));
        assertFalse(AreaOfUse.contains(Double.NaN, 3_348_654));
        assertFalse(AreaOfUse.contains(511_000, 1e300));
        assertTrue(AreaOfUse.containsHeight(-30) && AreaOfUse.containsHeight(600));
        assertFalse(AreaOfUse.containsHeight(1e300) || AreaOfUse.containsHeight(Double.NaN));
    }
}
