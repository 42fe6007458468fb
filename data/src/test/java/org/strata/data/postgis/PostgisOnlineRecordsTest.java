package org.strata.data.postgis;

import org.junit.jupiter.api.AfterEach;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.OnlineRecordsContract;

/** The PostGIS store passes the shared records and issued documents contract, against a real PostGIS server. */
class PostgisOnlineRecordsTest extends OnlineRecordsContract {
    private String url;
    private String schema;

    @Override
    protected Stores openFresh() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        JdbcStores stores = PostgisStore.open(url, schema);
        return new Stores(stores.online(), stores.online(), stores);
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            PostgisTestDatabase.drop(url, schema);
        }
    }
}
