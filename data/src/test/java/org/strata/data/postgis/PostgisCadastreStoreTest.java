package org.strata.data.postgis;

import org.junit.jupiter.api.AfterEach;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.CadastreStoreContract;

/** The PostGIS store passes the cadastre store contract, against a real PostGIS server. */
class PostgisCadastreStoreTest extends CadastreStoreContract {
    private String url;
    private String schema;

    @Override
    protected CadastreStore openFresh() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        return PostgisStore.open(url, schema).cadastre();
    }

    @Override
    protected CadastreStore reopen(CadastreStore closed) {
        closed.close();
        return PostgisStore.open(url, schema).cadastre();
    }

    @AfterEach
    void dropSchema() {
        if (store != null) {
            store.close();
            store = null;
        }
        if (schema != null) {
            PostgisTestDatabase.drop(url, schema);
        }
    }
}
