package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.op.ContainmentOp;
import org.strata.geo.tiles3d.VolumeCell;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Floor;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.port.Page;
import org.strata.registry.port.StoreException;
import org.strata.registry.unit.UnitCode;

/**
 * The cadastre store over JDBC, for PostGIS and for the embedded SQLite database alike: the SQL is
 * written once in the functions both share ({@code ST_GeomFromWKB}, {@code ST_AsBinary}, {@code ST_Intersects},
 * {@code ST_XMin}…); only the index-driven box test differs, and {@link Dialect} says how.
 */
public final class JdbcCadastreStore implements CadastreStore {
    /**
     * The condition of a lookup by code (county, code): naming the county lets PostgreSQL, where the cadastre is
     * partitioned by county, read that county's partition alone.
     */
    public static final String BY_CODE = " WHERE county = ? AND unit_code = ?";

    private final DataSource dataSource;
    private final AutoCloseable resources;
    private final NeighbourIndex index;
    private final Extents extents = new Extents();
    private final Counts counts = new Counts();
    /** The counties whose partitions this store has made sure of. */
    private final java.util.Set<String> partitioned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A store over a migrated database.
     *
     * @param dataSource connections to the database
     * @param resources closed with the store (the pool, the embedded database)
     */
    public JdbcCadastreStore(DataSource dataSource, AutoCloseable resources) {
        this(dataSource, resources, null);
    }

    /**
     * A store whose neighbour queries are answered by an index kept beside it.
     *
     * @param index the in-process index, told of every write; null to ask the database's spatial index
     */
    public JdbcCadastreStore(DataSource dataSource, AutoCloseable resources, NeighbourIndex index) {
        this.dataSource = dataSource;
        this.resources = resources;
        this.index = index;
    }

    @Override
    public void add(CadastreContents contents) {
        ensureCountyPartitions(contents);
        inTransaction(connection -> {
            new CadastreWriter(connection).write(contents);
            return null;
        });
        if (index != null) {
            index.added(contents);
        }
        extents.added(contents);
        counts.added(contents);
    }

    /** Makes the partitions of the counties the contents are in, each once, in a short transaction of its own. */
    private void ensureCountyPartitions(CadastreContents contents) {
        java.util.Set<String> counties = CountyPartitions.countiesOf(contents);
        if (partitioned.containsAll(counties)) {
            return;
        }
        inTransaction(connection -> {
            for (String county : counties) {
                Dialect.of(connection).ensureCountyPartition(connection, county);
            }
            return null;
        });
        partitioned.addAll(counties);
    }

    @Override
    public Optional<Parcel> parcel(UnitCode code) {
        return read(c -> one(
                c, "SELECT " + CadastreRows.PARCEL_COLUMNS + " FROM parcels" + BY_CODE, code, CadastreRows::parcel));
    }

    @Override
    public Optional<Building> building(UnitCode code) {
        return read(c -> {
            List<Building> found = buildingsWhere(c, BY_CODE, s -> bindCode(s, code));
            return found.stream().findFirst();
        });
    }

    @Override
    public Optional<BuildingUnit> unit(UnitCode code) {
        return read(
                c -> one(c, "SELECT " + CadastreRows.UNIT_COLUMNS + " FROM units" + BY_CODE, code, CadastreRows::unit));
    }

    @Override
    public Page<Parcel> parcels(AreaQuery query) {
        return read(c -> page(c, FeatureKind.PARCEL, CadastreRows.PARCEL_COLUMNS, query, CadastreRows::parcel));
    }

    @Override
    public Page<Building> buildings(AreaQuery query) {
        return read(c -> {
            AreaFilter filter = AreaFilter.of(query, Dialect.of(c));
            long matched = matched(c, FeatureKind.BUILDING, filter);
            List<Building> items = buildingsWhere(c, filter.clause() + " ORDER BY unit_code LIMIT ? OFFSET ?", s -> {
                int next = filter.bind(s, 1);
                s.setInt(next, query.limit());
                s.setLong(next + 1, query.offset());
            });
            return new Page<>(items, matched);
        });
    }

    @Override
    public Page<BuildingUnit> units(AreaQuery query) {
        return read(c -> page(c, FeatureKind.UNIT, CadastreRows.UNIT_COLUMNS, query, CadastreRows::unit));
    }

    @Override
    public Page<RegisteredVolume> volumes(AreaQuery query) {
        return read(c -> page(c, FeatureKind.RIGHT, CadastreRows.VOLUME_COLUMNS, query, CadastreRows::volume));
    }

    @Override
    public List<RegisteredVolume> volumesNear(GridBox box, HeightRange heights) {
        if (index != null && index.ready()) {
            return index.near(box, heights);
        }
        return volumes(new AreaQuery(Optional.of(box), heights, 0, AreaQuery.MAX_LIMIT))
                .items();
    }

    @Override
    public List<RegisteredVolume> volumesAt(double easting, double northing, double heightMetres) {
        if (index != null && index.ready()) {
            return index.at(easting, northing, heightMetres);
        }
        return volumesNear(
                        new GridBox(easting, northing, easting, northing),
                        HeightRange.of(heightMetres, heightMetres + 1e-6))
                .stream()
                .filter(v -> ContainmentOp.contains(v.volume(), easting, northing, heightMetres))
                .toList();
    }

    /** Every registered volume, streamed to {@code sink}; {@code reading} is told once the snapshot read is fixed. */
    public void forEachVolume(Runnable reading, java.util.function.Consumer<RegisteredVolume> sink) {
        read(c -> {
            try (PreparedStatement s =
                            c.prepareStatement("SELECT " + CadastreRows.VOLUME_COLUMNS + " FROM rights_volumes");
                    ResultSet rs = s.executeQuery()) {
                reading.run(); // the query has taken its first step: later commits are not in what it reads
                while (rs.next()) {
                    sink.accept(CadastreRows.volume(rs));
                }
            }
            return null;
        });
    }

    @Override
    public List<BuildingUnit> unitsOfBuilding(UnitCode buildingCode) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + CadastreRows.UNIT_COLUMNS
                    + " FROM units WHERE county = ? AND building_code = ?" + " ORDER BY unit_code")) {
                bindCode(s, buildingCode);
                return all(s, CadastreRows::unit);
            }
        });
    }

    @Override
    public long count(FeatureKind kind) {
        return read(c -> count(c, table(kind), AreaFilter.of(AreaQuery.all(1), Dialect.of(c))));
    }

    @Override
    public Optional<GridBox> extent(FeatureKind kind) {
        return extents.of(kind, this::scanExtent);
    }

    private Optional<GridBox> scanExtent(FeatureKind kind) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(ST_XMin(geom)), MIN(ST_YMin(geom)),"
                            + " MAX(ST_XMax(geom)), MAX(ST_YMax(geom)) FROM " + table(kind));
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                double minE = rs.getDouble(1);
                if (rs.wasNull()) {
                    return Optional.<GridBox>empty();
                }
                return Optional.of(new GridBox(minE, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)));
            }
        });
    }

    @Override
    public void checkHealth() {
        read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM parcels WHERE 1 = 0");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return null;
            }
        });
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new StoreException("closing the store failed", e);
        }
    }

    private <T> Page<T> page(Connection c, FeatureKind kind, String columns, AreaQuery query, RowReader<T> reader)
            throws SQLException {
        String table = table(kind);
        AreaFilter filter = AreaFilter.of(query, Dialect.of(c));
        List<T> items;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + columns + " FROM " + table + filter.clause() + " ORDER BY unit_code LIMIT ? OFFSET ?")) {
            int next = filter.bind(s, 1);
            s.setInt(next, query.limit());
            s.setLong(next + 1, query.offset());
            items = all(s, reader);
        }
        // a first page that is not full holds every match: no need to count them again
        boolean complete = query.offset() == 0 && items.size() < query.limit();
        return new Page<>(items, complete ? items.size() : matched(c, kind, filter));
    }

    /** How many features a filter matches: an unfiltered count is kept on write, never counted per request. */
    private long matched(Connection c, FeatureKind kind, AreaFilter filter) throws SQLException {
        if (filter.clause().isEmpty()) {
            return counts.of(kind, this::count);
        }
        return count(c, table(kind), filter);
    }

    private static long count(Connection c, String table, AreaFilter filter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + filter.clause())) {
            filter.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Building> buildingsWhere(Connection c, String tail, Binder binder) throws SQLException {
        List<CadastreRows.BuildingRow> rows;
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + CadastreRows.BUILDING_COLUMNS + " FROM buildings" + tail)) {
            binder.bind(s);
            rows = all(s, CadastreRows::buildingRow);
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Floor>> floors = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        List<String> counties =
                rows.stream().map(r -> r.unitCode().substring(0, 6)).distinct().toList();
        try (PreparedStatement s = c.prepareStatement("SELECT building_code, floor_number, bottom_m, top_m FROM floors"
                + " WHERE county IN (" + String.join(", ", Collections.nCopies(counties.size(), "?")) + ")"
                + " AND building_code IN (" + marks + ") ORDER BY building_code, floor_number")) {
            for (int i = 0; i < counties.size(); i++) {
                s.setString(i + 1, counties.get(i));
            }
            for (int i = 0; i < rows.size(); i++) {
                s.setString(counties.size() + i + 1, rows.get(i).unitCode());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    floors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(CadastreRows.floor(rs));
                }
            }
        }
        List<Building> result = new ArrayList<>(rows.size());
        for (CadastreRows.BuildingRow row : rows) {
            result.add(row.toBuilding(floors.getOrDefault(row.unitCode(), List.of())));
        }
        return result;
    }

    private static <T> Optional<T> one(Connection c, String sql, UnitCode code, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bindCode(s, code);
            return all(s, reader).stream().findFirst();
        }
    }

    /** Binds a code and its county to {@link #BY_CODE}'s two parameters. */
    private static void bindCode(PreparedStatement s, UnitCode code) throws SQLException {
        s.setString(1, code.parcel().county());
        s.setString(2, code.toString());
    }

    private static <T> List<T> all(PreparedStatement s, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(reader.read(rs));
            }
        }
        return out;
    }

    @Override
    public Optional<java.time.Instant> validSince(FeatureKind kind) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(v.valid_from) AS since FROM unit_validity v"
                            + " WHERE EXISTS (SELECT 1 FROM " + table(kind) + " t WHERE "
                            + AreaFilter.standsFor("t.unit_code") + ")");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject("since") == null
                        ? Optional.<java.time.Instant>empty()
                        : Optional.of(SqlRows.instant(rs, "since"));
            }
        });
    }

    @Override
    public List<RegisteredVolume> volumesInCell(VolumeCell cell) {
        return read(c -> {
            CellFilter filter = CellFilter.of(cell, Dialect.of(c));
            try (PreparedStatement s = c.prepareStatement("SELECT " + CadastreRows.VOLUME_COLUMNS
                    + " FROM rights_volumes" + filter.clause() + " ORDER BY unit_code")) {
                filter.bind(s);
                return all(s, CadastreRows::volume);
            }
        });
    }

    @Override
    public byte[] vectorTile(org.strata.registry.port.VectorTileQuery query) {
        return read(c -> VectorTiles.tile(c, table(query.kind()), query));
    }

    private static String table(FeatureKind kind) {
        return switch (kind) {
            case PARCEL -> "parcels";
            case BUILDING -> "buildings";
            case UNIT -> "units";
            case RIGHT -> "rights_volumes";
        };
    }

    private <T> T read(SqlWork<T> work) {
        return Jdbc.read(dataSource, work);
    }

    private <T> T inTransaction(SqlWork<T> work) {
        return Jdbc.write(dataSource, work);
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Binds statement parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }
}
