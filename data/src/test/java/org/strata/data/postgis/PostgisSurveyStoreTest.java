package org.strata.data.postgis;

import org.junit.jupiter.api.AfterEach;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.SurveyStoreContract;

/** The PostGIS store passes the merged-survey store contract, against a real PostGIS server. */
class PostgisSurveyStoreTest extends SurveyStoreContract {
    private String url;
    private String schema;

    @Override
    protected Opened openFresh() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        JdbcStores stores = PostgisStore.open(url, schema);
        return new Opened(stores.survey(), stores);
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            PostgisTestDatabase.drop(url, schema);
        }
    }
}
