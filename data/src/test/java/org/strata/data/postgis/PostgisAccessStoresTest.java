package org.strata.data.postgis;

import org.junit.jupiter.api.AfterEach;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.AccessStoresContract;

/** The PostGIS store passes the query log and interest register contract, against a real PostGIS server. */
class PostgisAccessStoresTest extends AccessStoresContract {
    private String url;
    private String schema;

    @Override
    protected Stores openFresh() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        JdbcStores stores = PostgisStore.open(url, schema);
        return new Stores(stores.queries(), stores.interests(), stores);
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            PostgisTestDatabase.drop(url, schema);
        }
    }
}
