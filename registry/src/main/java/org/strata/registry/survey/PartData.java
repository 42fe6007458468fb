package org.strata.registry.survey;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.strata.geo.model.Solid;

/** The decoded content of one package part: features, city objects, table rows, or evidence bytes. */
public sealed interface PartData {
    /** The number of features, city objects or rows, as the manifest's featureCount counts them. */
    int count();

    /**
     * GeoJSON-shaped features in EPSG:4549 (easting, northing metres).
     *
     * @param features the features
     */
    record Features(List<Feature> features) implements PartData {
        /** Copies the list. */
        public Features {
            features = List.copyOf(features);
        }

        @Override
        public int count() {
            return features.size();
        }
    }

    /**
     * One feature: its id, its geometry (possibly invalid: the checks say so) and its properties as text.
     *
     * @param id the feature id
     * @param geometry the geometry, easting/northing metres
     * @param properties the properties, numbers as their decimal text
     */
    record Feature(String id, Geometry geometry, Map<String, String> properties) {
        /** Copies the map. */
        public Feature {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(geometry, "geometry");
            properties = Map.copyOf(properties);
        }
    }

    /**
     * CityJSON city objects (Building, BuildingStorey, BuildingUnit).
     *
     * @param objects the city objects
     */
    record City(List<CityObject> objects) implements PartData {
        /** Copies the list. */
        public City {
            objects = List.copyOf(objects);
        }

        @Override
        public int count() {
            return objects.size();
        }
    }

    /**
     * One city object with its first solid, in EPSG:4549 metres with heights of the 1985 datum.
     *
     * @param id the object id
     * @param type the CityJSON type
     * @param parent the parent object's id
     * @param attributes the attributes, numbers as their decimal text
     * @param solid the solid, when it has one
     */
    record CityObject(
            String id, String type, Optional<String> parent, Map<String, String> attributes, Optional<Solid> solid) {
        /** Copies the map. */
        public CityObject {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(parent, "parent");
            attributes = Map.copyOf(attributes);
            Objects.requireNonNull(solid, "solid");
        }
    }

    /**
     * CSV rows by column name.
     *
     * @param header the column names
     * @param rows the rows
     */
    record Table(List<String> header, List<Map<String, String>> rows) implements PartData {
        /** Copies the lists. */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(Map::copyOf).toList();
        }

        @Override
        public int count() {
            return rows.size();
        }
    }

    /**
     * Evidence carried along.
     *
     * @param bytes its size
     */
    record Evidence(long bytes) implements PartData {
        @Override
        public int count() {
            return 0;
        }
    }
}
