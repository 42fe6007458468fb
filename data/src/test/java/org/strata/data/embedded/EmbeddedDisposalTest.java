package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.DisposalContract;
import org.strata.registry.port.RegisterStoreContract;

/** The disposal table through recording on the embedded store. */
class EmbeddedDisposalTest extends DisposalContract {
    @TempDir
    static Path folder;

    @Override
    protected RegisterStoreContract.Stores openFresh() {
        JdbcStores stores = EmbeddedStore.open(folder);
        return new RegisterStoreContract.Stores(stores.cadastre(), stores.register(), stores);
    }
}
