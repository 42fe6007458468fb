package org.strata.data.demo;

import org.strata.geo.crs.GridTransform;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.FeatureKind;

/** Loads the demo area into a store that holds no parcels yet. */
public final class DemoData {
    /** The register's party behind the demo account {@code owner}. */
    public static final String DEMO_OWNER_PARTY_ID = DemoBuilder.DEMO_OWNER_PARTY_ID;

    private DemoData() {}

    /**
     * Generates the demo area and writes it in one transaction when the store is empty.
     *
     * @return what was written, or null when the store already held parcels and nothing was written
     */
    public static CadastreContents loadIfEmpty(CadastreStore store, long seed, int size, GridTransform transform) {
        if (store.count(FeatureKind.PARCEL) > 0) {
            return null;
        }
        CadastreContents contents = new DemoAreaGenerator(seed, size, transform).generate();
        store.add(contents);
        return contents;
    }
}
