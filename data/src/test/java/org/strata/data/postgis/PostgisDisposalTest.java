package org.strata.data.postgis;

import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.DisposalContract;
import org.strata.registry.port.RegisterStoreContract;

/** The disposal table through recording on PostGIS, against a real PostGIS server. */
class PostgisDisposalTest extends DisposalContract {
    @Override
    protected RegisterStoreContract.Stores openFresh() {
        String url = PostgisTestDatabase.url();
        String schema = PostgisTestDatabase.freshSchema();
        JdbcStores stores = PostgisStore.open(url, schema);
        return new RegisterStoreContract.Stores(stores.cadastre(), stores.register(), () -> {
            stores.close();
            PostgisTestDatabase.drop(url, schema);
        });
    }
}
