package org.strata.registry.survey;

import java.util.List;

/**
 * A construction project: its code, builder, parcels and permits.
 *
 * @param code the project code
 * @param name a name for people
 * @param county the county code the project lies in
 * @param builderName the builder (建设单位)
 * @param builderId the builder's unified social credit code
 * @param parcelCodes the 19-character parcel codes of its land
 * @param permits the permit numbers (land-use planning, engineering planning, construction)
 */
public record Project(
        String code,
        String name,
        String county,
        String builderName,
        String builderId,
        List<String> parcelCodes,
        List<String> permits) {
    /** Checks the fields. */
    public Project {
        Checks.text(code, "code");
        Checks.text(name, "name");
        Checks.text(county, "county");
        Checks.text(builderName, "builderName");
        Checks.text(builderId, "builderId");
        parcelCodes = List.copyOf(parcelCodes);
        permits = List.copyOf(permits);
    }
}
