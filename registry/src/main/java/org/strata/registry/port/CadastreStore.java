package org.strata.registry.port;

import java.util.List;
import java.util.Optional;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.tiles3d.VolumeCell;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.unit.UnitCode;

/**
 * Storage of the cadastre, the natural status of real estate: parcels, buildings with floors, and units. Every adapter
 * answers every call identically (the contract tests prove it) and keeps what it was given across
 * restarts.
 */
public interface CadastreStore extends AutoCloseable {
    /**
     * Writes all records in one transaction: all are stored or none.
     *
     * @throws DuplicateRecordException when a code or id is already stored
     */
    void add(CadastreContents contents);

    /** The parcel with this land unit code. */
    Optional<Parcel> parcel(UnitCode code);

    /** The building with this code. */
    Optional<Building> building(UnitCode code);

    /** The building unit with this code. */
    Optional<BuildingUnit> unit(UnitCode code);

    /** Parcels whose footprint intersects the box and whose heights share the window, in code order. */
    Page<Parcel> parcels(AreaQuery query);

    /** Buildings as {@link #parcels}. */
    Page<Building> buildings(AreaQuery query);

    /** Building units as {@link #parcels}. */
    Page<BuildingUnit> units(AreaQuery query);

    /** Registered volumes (land units and building units together) as {@link #parcels}. */
    Page<RegisteredVolume> volumes(AreaQuery query);

    /**
     * The registered volumes whose plan box meets {@code box} and whose height range shares an interior with
     * {@code heights}: the index's candidates, to be tested exactly by the caller. Its cost grows with the
     * neighbours, not with the register.
     */
    List<RegisteredVolume> volumesNear(GridBox box, HeightRange heights);

    /**
     * The registered volumes containing a point — {@code [bottom, top)} vertically, boundary included in plan —
     * in code order: the index finds them and the exact test is made on each.
     */
    List<RegisteredVolume> volumesAt(double easting, double northing, double heightMetres);

    /** The units of one building, in code order. */
    List<BuildingUnit> unitsOfBuilding(UnitCode buildingCode);

    /** How many features of a kind are stored. */
    long count(FeatureKind kind);

    /** The box around every footprint of a kind, empty when there are none. */
    Optional<GridBox> extent(FeatureKind kind);

    /**
     * A Mapbox Vector Tile of a layer: each feature intersecting the tile with its unit code ({@code unitCode}), its
     * footprint in the tile's pixel grid ({@link VectorTileQuery#EXTENT}, clipped with a buffer); empty bytes when
     * no feature is there.
     */
    byte[] vectorTile(VectorTileQuery query);

    /**
     * The registered volumes of one cell of the volume quadtree, in code order: those whose footprint's box lies in
     * the cell's square and in none of its children's ({@link VolumeCell#of} of the box is
     * the cell) — a 3D tile's content, answered from the spatial index.
     */
    List<RegisteredVolume> volumesInCell(VolumeCell cell);

    /**
     * The earliest moment a feature of this kind was legally registered (its first registration's valid-from), the
     * start of the kind's temporal extent; empty when none is registered.
     */
    Optional<java.time.Instant> validSince(FeatureKind kind);

    /** Checks that the store answers; throws when it does not. */
    void checkHealth();

    /** Releases the store's resources; the data stays. */
    @Override
    void close();
}
