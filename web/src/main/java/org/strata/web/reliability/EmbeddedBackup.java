package org.strata.web.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.strata.data.embedded.EmbeddedStore;

/**
 * Backs up and restores the embedded store. A backup is taken online, while the service runs, by SQLite's
 * {@code VACUUM INTO}: one read transaction copies a consistent, compacted image of the database to a new file. A
 * restore checks the image's integrity and puts it into a data folder that holds no store yet; it never overwrites
 * one.
 */
final class EmbeddedBackup {
    private EmbeddedBackup() {}

    /** Writes a consistent copy of the store in {@code dataFolder} to {@code target}, which must not exist. */
    static void backup(Path dataFolder, Path target) throws IOException, SQLException {
        Path source = storeFile(dataFolder);
        if (!Files.exists(source)) {
            throw new IOException("no embedded store at " + source);
        }
        if (Files.exists(target)) {
            throw new IOException(target + " exists already; a backup never overwrites a file");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        check(target);
    }

    /** Puts a backup into {@code dataFolder}, which must hold no store yet. */
    static void restore(Path backup, Path dataFolder) throws IOException, SQLException {
        Path target = storeFile(dataFolder);
        if (Files.exists(target)) {
            throw new IOException(target + " exists already; a restore goes into a data folder that holds no store");
        }
        check(backup);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(EmbeddedStore.FILE_NAME + ".restoring");
        Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
        try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The store file of a data folder, as the service keeps it. */
    static Path storeFile(Path dataFolder) {
        return dataFolder.resolve("store").resolve(EmbeddedStore.FILE_NAME);
    }

    private static void check(Path file) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new IOException(file + " fails its integrity check: " + first);
            }
        }
    }
}
