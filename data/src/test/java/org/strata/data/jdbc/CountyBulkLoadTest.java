package org.strata.data.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.postgis.PostgisStore;
import org.strata.data.postgis.PostgisTestDatabase;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.port.CadastreContents;

/**
 * A county's bulk load on PostgreSQL: its rows go to tables without indexes, and the partitions' keys and indexes are
 * built over them afterwards, the loaded tables taking the empty partitions' place with the same indexes.
 */
class CountyBulkLoadTest {
    private static final String COUNTY = DemoAreaGenerator.COUNTY;

    private String url;
    private String schema;
    private Connection c;
    private CadastreContents demo;

    @BeforeEach
    void open() throws Exception {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        PostgisStore.open(url, schema).close(); // the schema and its migrations
        c = DriverManager.getConnection(url);
        execute("SET search_path TO " + schema + ", public");
        c.setAutoCommit(false);
        CountyPartitions.ensure(c, COUNTY);
        c.commit();
        demo = new DemoAreaGenerator(DemoAreaGenerator.DEFAULT_SEED, 2, GridTransform.epsg4549())
                .generate()
                .cadastre();
    }

    @AfterEach
    void close() throws SQLException {
        if (c != null) {
            c.close();
        }
        if (schema != null) {
            PostgisTestDatabase.drop(url, schema);
        }
    }

    @Test
    void theRowsAreLoadedWithoutIndexesWhichAreBuiltAfterwardsAsThePartitionsHadThem() throws SQLException {
        List<String> before = indexesOfPartitions();
        assertTrue(before.contains("parcels_330106.parcels_330106_geom_idx"), before.toString());
        CountyBulkLoad load = CountyBulkLoad.begin(c, COUNTY).orElseThrow();
        new CadastreWriter(c, load::tableFor).write(demo);
        for (String table : CountyBulkLoad.TABLES) {
            String loading = load.tableFor(table);
            assertEquals(
                    List.of("0"),
                    strings("SELECT count(*) FROM pg_index WHERE indrelid = '" + loading + "'::regclass"));
            assertEquals(List.of("0"), strings("SELECT count(*) FROM " + table + "_" + COUNTY));
        }
        assertEquals(
                List.of(String.valueOf(demo.parcels().size())),
                strings("SELECT count(*) FROM " + load.tableFor("parcels")));

        load.finish();
        c.commit();

        assertEquals(before, indexesOfPartitions());
        for (String table : CountyBulkLoad.TABLES) {
            // every index of the partition is a partition of its parent table's index
            assertEquals(
                    strings("SELECT count(*) FROM pg_index WHERE indrelid = '" + table + "_" + COUNTY + "'::regclass"),
                    strings("SELECT count(*) FROM pg_inherits h JOIN pg_index x ON x.indexrelid = h.inhrelid"
                            + " WHERE x.indrelid = '" + table + "_" + COUNTY + "'::regclass"));
            assertEquals(
                    List.of(table + "_" + COUNTY),
                    strings("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = '" + table
                            + "'::regclass AND inhrelid::regclass::text LIKE '%" + COUNTY + "'"));
            assertEquals(
                    List.of("0"),
                    strings("SELECT count(*) FROM pg_class WHERE relname = '" + table + "_" + COUNTY + "_load'"));
        }
        assertEquals(
                List.of(
                        String.valueOf(demo.parcels().size()),
                        String.valueOf(demo.units().size())),
                List.of(
                        strings("SELECT count(*) FROM parcels WHERE county = '" + COUNTY + "'")
                                .get(0),
                        strings("SELECT count(*) FROM units WHERE county = '" + COUNTY + "'")
                                .get(0)));
        assertEquals(List.of("0"), strings("SELECT count(*) FROM parcels_default"));
    }

    @Test
    void aCountyThatHoldsUnitsIsLoadedRowByRowIntoItsPartitions() throws SQLException {
        new CadastreWriter(c).write(new CadastreContents(demo.parcels().subList(0, 1), List.of(), List.of()));
        c.commit();
        assertTrue(CountyBulkLoad.begin(c, COUNTY).isEmpty());
        c.rollback();
    }

    @Test
    void aKeyBrokenInTheLoadRefusesItAtTheEndAndLeavesTheEmptyPartitionsAsTheyWere() throws SQLException {
        List<String> before = indexesOfPartitions();
        CountyBulkLoad load = CountyBulkLoad.begin(c, COUNTY).orElseThrow();
        CadastreContents once = new CadastreContents(demo.parcels(), List.of(), List.of());
        new CadastreWriter(c, load::tableFor).write(once);
        new CadastreWriter(c, load::tableFor)
                .write(new CadastreContents(demo.parcels().subList(0, 1), List.of(), List.of()));
        SQLException refused = assertThrows(SQLException.class, load::finish);
        assertEquals("23505", refused.getSQLState(), refused.getMessage()); // a unique key, named by the server
        c.rollback();
        assertEquals(before, indexesOfPartitions());
        assertEquals(List.of("0"), strings("SELECT count(*) FROM parcels"));
    }

    /** Each county partition's indexes as {@code table.index}, in order. */
    private List<String> indexesOfPartitions() throws SQLException {
        return strings("SELECT tablename || '.' || indexname FROM pg_indexes WHERE schemaname = '" + schema
                + "' AND tablename LIKE '%\\_" + COUNTY + "' ORDER BY 1");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
