package org.strata.web.importer;

import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;

/**
 * One feature of an import file read as a land unit and its first registration.
 *
 * @param row the feature's place in the file, from 1
 * @param parcel the unit for the cadastre
 * @param application its first registration, carrying the parcel as its new unit
 */
public record ImportRow(long row, Parcel parcel, Application application) {}
