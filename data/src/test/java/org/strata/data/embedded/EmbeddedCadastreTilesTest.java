package org.strata.data.embedded;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.CadastreTilesContract;

/** The embedded SQLite store serves the cadastre's tiles as the contract says. */
class EmbeddedCadastreTilesTest extends CadastreTilesContract {
    @TempDir
    Path folder;

    @Override
    protected CadastreStore openFresh() {
        return EmbeddedStore.open(folder).cadastre();
    }
}
