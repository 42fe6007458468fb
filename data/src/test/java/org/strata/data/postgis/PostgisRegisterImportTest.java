package org.strata.data.postgis;

import org.junit.jupiter.api.AfterEach;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.RegisterImportContract;
import org.strata.registry.port.RegisterStoreContract;

/** PostGIS passes the bulk import contract. */
class PostgisRegisterImportTest extends RegisterImportContract {
    private String url;
    private String schema;

    @Override
    protected RegisterStoreContract.Stores openFresh() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        JdbcStores stores = PostgisStore.open(url, schema);
        return new RegisterStoreContract.Stores(stores.cadastre(), stores.register(), stores);
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            PostgisTestDatabase.drop(url, schema);
        }
    }
}
