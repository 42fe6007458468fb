package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.CadastreStoreContract;

/** The embedded SQLite store passes the cadastre store contract. */
class EmbeddedCadastreStoreTest extends CadastreStoreContract {
    @TempDir
    Path folder;

    @Override
    protected CadastreStore openFresh() {
        return EmbeddedStore.open(folder).cadastre();
    }

    @Override
    protected CadastreStore reopen(CadastreStore closed) {
        closed.close();
        return EmbeddedStore.open(folder).cadastre();
    }
}
