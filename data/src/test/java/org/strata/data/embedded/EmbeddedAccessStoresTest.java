package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.AccessStoresContract;

/** The embedded store passes the query log and interest register contract. */
class EmbeddedAccessStoresTest extends AccessStoresContract {
    @TempDir
    Path folder;

    @Override
    protected Stores openFresh() {
        JdbcStores stores = EmbeddedStore.open(folder);
        return new Stores(stores.queries(), stores.interests(), stores);
    }
}
