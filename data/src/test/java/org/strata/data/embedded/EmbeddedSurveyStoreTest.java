package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.SurveyStoreContract;

/** The embedded store passes the merged-survey store contract. */
class EmbeddedSurveyStoreTest extends SurveyStoreContract {
    @TempDir
    Path folder;

    @Override
    protected Opened openFresh() {
        JdbcStores stores = EmbeddedStore.open(folder);
        return new Opened(stores.survey(), stores);
    }
}
