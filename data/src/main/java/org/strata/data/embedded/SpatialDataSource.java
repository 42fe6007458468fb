package org.strata.data.embedded;

import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/** SQLite connections with Strata's spatial functions registered on each, for the pool to hand out. */
final class SpatialDataSource extends SQLiteDataSource {
    SpatialDataSource(SQLiteConfig config, String url) {
        super(config);
        setUrl(url);
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        SQLiteConnection c = super.getConnection(username, password);
        try {
            SpatialFunctions.register(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
