package org.strata.web.ogc;

import java.util.Optional;
import org.strata.registry.port.FeatureKind;

/** The feature collections Strata serves on the OGC API, each backed by one kind of cadastre feature. */
public enum OgcCollection {
    /** Parcels as land units. */
    PARCELS(
            "parcels",
            "Parcels (宗地)",
            "Land units with their boundary, spatial limits (bottom and top heights, absent when unbounded),"
                    + " stated and computed area and land use.",
            FeatureKind.PARCEL),
    /** Buildings. */
    BUILDINGS(
            "buildings",
            "Buildings (幢)",
            "Buildings and structures as volumes: footprint, bottom and top heights, and their floors.",
            FeatureKind.BUILDING),
    /** Building units. */
    UNITS(
            "units",
            "Units (户)",
            "Apartments, offices and shops as volumes: footprint, floor, bottom and top heights, and areas.",
            FeatureKind.UNIT),
    /** Every registered volume. */
    RIGHTS(
            "rights",
            "Registered volumes (rights)",
            "Every registered land unit and building unit as a volume: footprint with lower and upper heights"
                    + " (metres, 1985 datum; null when open). Ask for JSON-FG (f=jsonfg) to get each as a Prism in place.",
            FeatureKind.RIGHT);

    private final String id;
    private final String title;
    private final String description;
    private final FeatureKind kind;

    OgcCollection(String id, String title, String description, FeatureKind kind) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.kind = kind;
    }

    /** The collection id in paths. */
    public String id() {
        return id;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The description. */
    public String description() {
        return description;
    }

    /** The kind of feature stored. */
    public FeatureKind kind() {
        return kind;
    }

    /** The collection with this id. */
    public static Optional<OgcCollection> byId(String id) {
        for (OgcCollection c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
