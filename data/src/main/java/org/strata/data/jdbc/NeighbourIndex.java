package org.strata.data.jdbc;

import java.util.List;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.CadastreContents;

/** An index of registered volumes kept beside a store, told of every committed write. */
public interface NeighbourIndex {
    /** The volumes whose plan box meets {@code box} and whose heights share an interior with {@code heights}. */
    List<RegisteredVolume> near(GridBox box, HeightRange heights);

    /** The volumes containing a point, exactly, in code order. */
    List<RegisteredVolume> at(double easting, double northing, double heightMetres);

    /** Whether it answers yet; until then the store answers from its tables. */
    default boolean ready() {
        return true;
    }

    /** Adds committed cadastre records. */
    void added(CadastreContents contents);
}
