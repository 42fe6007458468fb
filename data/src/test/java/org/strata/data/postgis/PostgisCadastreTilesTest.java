package org.strata.data.postgis;

import org.junit.jupiter.api.AfterEach;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.CadastreTilesContract;

/** The PostGIS store serves the cadastre's tiles as the contract says, against a real PostGIS server. */
class PostgisCadastreTilesTest extends CadastreTilesContract {
    private String url;
    private String schema;

    @Override
    protected CadastreStore openFresh() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
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
