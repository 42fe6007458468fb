package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.RegisterImportContract;
import org.strata.registry.port.RegisterStoreContract;

/** The embedded store passes the bulk import contract. */
class EmbeddedRegisterImportTest extends RegisterImportContract {
    @TempDir
    Path folder;

    @Override
    protected RegisterStoreContract.Stores openFresh() {
        JdbcStores stores = EmbeddedStore.open(folder);
        return new RegisterStoreContract.Stores(stores.cadastre(), stores.register(), stores);
    }
}
