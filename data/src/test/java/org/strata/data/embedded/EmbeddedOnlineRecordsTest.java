package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.OnlineRecordsContract;

/** The embedded store passes the shared records and issued documents contract. */
class EmbeddedOnlineRecordsTest extends OnlineRecordsContract {
    @TempDir
    Path folder;

    @Override
    protected Stores openFresh() {
        JdbcStores stores = EmbeddedStore.open(folder);
        return new Stores(stores.online(), stores.online(), stores);
    }
}
