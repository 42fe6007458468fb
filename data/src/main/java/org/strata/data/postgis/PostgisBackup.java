package org.strata.data.postgis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.strata.data.jdbc.CountyPartitions;
import org.strata.data.jdbc.JdbcStores;

/**
 * Backup and restore of a PostGIS schema, online and consistent: every table is copied out (COPY, text format)
 * inside one read-only repeatable-read transaction, so the backup is one snapshot while the service goes on
 * writing; a restore migrates an empty schema and copies the tables in, parents before children, in one
 * transaction, so a restore that fails leaves the schema empty.
 */
public final class PostgisBackup {
    private static final String MANIFEST = "manifest.properties";

    private PostgisBackup() {}

    /**
     * Writes a backup of a schema's tables into a new zip file.
     *
     * @return rows per table, in the order a restore loads them
     */
    public static Map<String, Long> backup(String jdbcUrl, String schema, Path target)
            throws IOException, SQLException {
        if (Files.exists(target)) {
            throw new IOException("the backup file " + target + " exists already; choose a new name");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, target.getFileName().toString(), ".partial");
        Map<String, Long> rows = new LinkedHashMap<>();
        try (JdbcStores stores = PostgisStore.open(jdbcUrl, schema);
                Connection c = stores.dataSource().getConnection();
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<String> tables = tablesInLoadOrder(c, schema);
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                OutputStream entry = new NonClosing(zip);
                rows.put(table, copy.copyOut("COPY " + schema + "." + table + " TO STDOUT", entry));
                zip.closeEntry();
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", "strata-postgis-backup-1");
            manifest.setProperty("schema", schema);
            manifest.setProperty("migration", migration(c, schema));
            manifest.setProperty("tables", String.join(",", tables));
            rows.forEach((t, n) -> manifest.setProperty("rows." + t, Long.toString(n)));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(new NonClosing(zip), "Strata PostGIS backup");
            zip.closeEntry();
            c.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /**
     * Restores a backup into a schema that holds no Strata data (it is created and migrated when missing).
     *
     * @throws IOException when the file is not a Strata PostGIS backup or the schema holds data
     */
    public static Map<String, Long> restore(Path backup, String jdbcUrl, String schema)
            throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new IOException(backup + " is not a Strata PostGIS backup (it has no " + MANIFEST + ")");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            if (!"strata-postgis-backup-1".equals(manifest.getProperty("format"))) {
                throw new IOException(backup + " is not a Strata PostGIS backup of a known format");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            try (JdbcStores stores = PostgisStore.open(jdbcUrl, schema)) {
                DataSource source = stores.dataSource();
                try (Connection c = source.getConnection()) {
                    String migration = migration(c, schema);
                    if (!migration.equals(manifest.getProperty("migration"))) {
                        throw new IOException("the backup is of schema version " + manifest.getProperty("migration")
                                + ", the schema " + schema + " is at " + migration);
                    }
                    c.setAutoCommit(false);
                    List<String> tables = List.of(manifest.getProperty("tables").split(","));
                    try (Statement search = c.createStatement()) {
                        search.execute("SET LOCAL search_path TO " + schema + ", public");
                    }
                    for (String table : tables) {
                        // a county's partition of the register is made before its rows come back
                        Optional<String> county = CountyPartitions.countyOf(table);
                        if (county.isPresent()) {
                            CountyPartitions.ensure(c, county.get());
                        }
                    }
                    requireEmpty(c, schema, tables);
                    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                    for (String table : tables) {
                        ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
                        if (entry == null || !tablesInLoadOrder(c, schema).contains(table)) {
                            throw new IOException("the backup's table " + table + " is missing or unknown");
                        }
                        try (InputStream in = zip.getInputStream(entry)) {
                            rows.put(table, copy.copyIn("COPY " + schema + "." + table + " FROM STDIN", in));
                        }
                    }
                    c.commit();
                }
            }
            return rows;
        }
    }

    private static void requireEmpty(Connection c, String schema, List<String> tables)
            throws SQLException, IOException {
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + schema + "." + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new IOException(
                            "the schema " + schema + " holds data (table " + table + "); a restore never overwrites");
                }
            }
        }
    }

    private static String migration(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT max(installed_rank) || ':' || max(version) FROM " + schema
                        + ".flyway_schema_history WHERE success")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The schema's tables (not Flyway's), each after the tables its foreign keys point to. */
    static List<String> tablesInLoadOrder(Connection c, String schema) throws SQLException {
        Map<String, TreeSet<String>> parents = new TreeMap<>();
        // the tables that hold rows: plain tables and partitions, not the partitioned tables over them
        try (PreparedStatement s = c.prepareStatement("SELECT relname FROM pg_class"
                + " WHERE relnamespace = ?::regnamespace AND relkind = 'r' AND relname <> 'flyway_schema_history'")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    parents.put(rs.getString(1), new TreeSet<>());
                }
            }
        }
        // a key pointing at a partitioned table points at every one of its partitions
        try (PreparedStatement s = c.prepareStatement("SELECT child.relname, parent.relname FROM pg_constraint k"
                + " JOIN pg_class child ON child.oid = k.conrelid"
                + " JOIN pg_class parent ON parent.relkind = 'r' AND parent.oid IN"
                + " (SELECT relid FROM pg_partition_tree(k.confrelid) UNION SELECT k.confrelid)"
                + " JOIN pg_namespace n ON n.oid = child.relnamespace WHERE k.contype = 'f' AND n.nspname = ?")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (parents.containsKey(rs.getString(1)) && !rs.getString(1).equals(rs.getString(2))) {
                        parents.get(rs.getString(1)).add(rs.getString(2));
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            String next = parents.entrySet().stream()
                    .filter(e -> !order.contains(e.getKey()) && order.containsAll(e.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the schema's foreign keys form a cycle"));
            order.add(next);
        }
        return order;
    }

    /** A stream that leaves the zip open when a writer closes it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
