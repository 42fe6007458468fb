package org.strata.registry.cadastre;

/** What a building or unit is used for (房屋用途, simplified). */
public enum BuildingUse {
    /** Dwellings (住宅). */
    RESIDENTIAL,
    /** Offices (办公). */
    OFFICE,
    /** Shops and malls (商业). */
    COMMERCIAL,
    /** Transport structures: stations, concourses, bridges (交通). */
    TRANSPORT,
    /** Parking (车位、车库). */
    PARKING
}
