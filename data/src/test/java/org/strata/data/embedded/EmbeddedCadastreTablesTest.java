package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcCadastreStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.CadastreStoreContract;

/**
 * The embedded store passes the cadastre contract from its tables alone, as it answers while its 3D index is still
 * loading after a start: the index here never finishes loading.
 */
class EmbeddedCadastreTablesTest extends CadastreStoreContract {
    @TempDir
    Path folder;

    @Override
    protected CadastreStore openFresh() {
        return fromTables(EmbeddedStore.open(folder));
    }

    @Override
    protected CadastreStore reopen(CadastreStore closed) {
        closed.close();
        return fromTables(EmbeddedStore.open(folder));
    }

    private static CadastreStore fromTables(JdbcStores stores) {
        return new JdbcCadastreStore(stores.dataSource(), stores, new VolumeGrid());
    }
}
