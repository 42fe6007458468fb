package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strata.registry.cases.Application;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.Share;
import org.strata.registry.unit.UnitCode;
import org.strata.web.http.ApiException;
import org.strata.web.http.Requests;
import org.strata.web.http.Requests.Validated;

/**
 * The body of {@code POST /api/v1/cases}: type, unit code, parties, details, and for a first registration of a new
 * unit its description ({@link NewUnitBody}). Unknown fields are refused; each failure is a 400 naming the field.
 *
 * @param type the registration type's wire name, e.g. {@code first}, {@code mortgage}
 * @param unitCode the 28-character unit code
 * @param parties the parties with their roles
 * @param details the type's details; a value may be text, a number, a list (joined with commas) or null
 * @param unit the new unit, for a first registration of a unit not yet in the cadastre
 */
public record CaseApplication(
        String type, String unitCode, List<PartyBody> parties, Map<String, JsonNode> details, NewUnitBody unit)
        implements Validated {

    /**
     * One party of an application.
     *
     * @param name the party's name
     * @param idType the wire name of the identity document type
     * @param idNumber the document's number
     * @param role the wire name of the party's role in the case
     * @param share the party's share as a fraction or decimal, e.g. {@code 1/2}; absent for roles without one
     */
    public record PartyBody(String name, String idType, String idNumber, String role, String share) {}

    /** Reads and checks a body. */
    public static CaseApplication read(JsonNode body) {
        return Requests.read(body, CaseApplication.class);
    }

    @Override
    public void validate() {
        field("type", type, "the application");
        field("unitCode", unitCode, "the application");
        if (parties != null) {
            for (int i = 0; i < parties.size(); i++) {
                if (parties.get(i) == null) {
                    throw ApiException.badRequest("invalid-parties", "parties[" + i + "] must be an object");
                }
            }
        }
    }

    /** Whether the new unit uses the deprecated {@code unit.footprint} ([easting, northing]) form. */
    public boolean usesDeprecatedFootprint() {
        return unit != null && unit.footprint() != null;
    }

    /** The application as the register's use cases take it. */
    public Application toApplication() {
        RegistrationType registrationType = RegistrationType.ofWireName(type)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid-type", "type '" + type + "' is not one of " + RegistrationType.wireNames()));
        UnitCode code = UnitCode.parse(unitCode);
        List<RegisteredParty> registered = new ArrayList<>();
        List<PartyBody> given = parties == null ? List.of() : parties;
        for (int i = 0; i < given.size(); i++) {
            registered.add(party(given.get(i), "parties[" + i + "]"));
        }
        TreeMap<String, String> values = new TreeMap<>();
        if (details != null) {
            details.forEach((name, value) -> values.put(name, scalar(name, value)));
        }
        return new Application(
                registrationType,
                code,
                registered,
                values,
                unit == null ? Optional.empty() : Optional.of(NewUnitReader.read(unit, code)));
    }

    private static RegisteredParty party(PartyBody p, String where) {
        String roleName = field("role", p.role(), where);
        PartyRole role = PartyRole.ofWireName(roleName)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid-role", where + ".role '" + roleName + "' is not a party role"));
        IdType idType;
        try {
            idType = IdType.ofWireName(field("idType", p.idType(), where));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-id-type", where + ": " + e.getMessage());
        }
        String idNumber = field("idNumber", p.idNumber(), where);
        Party party;
        try {
            party = new Party(field("name", p.name(), where), idType, idNumber);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-id-number", where + ": " + e.getMessage());
        }
        Optional<Share> share = Optional.empty();
        if (p.share() != null) {
            try {
                share = Optional.of(Share.parse(p.share()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid-share", where + ".share: " + e.getMessage());
            }
        }
        return new RegisteredParty(role, party, share);
    }

    private static String scalar(String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(",", items);
        }
        if (value.isObject()) {
            throw ApiException.badRequest("invalid-detail", "details." + name + " must be a value, not an object");
        }
        return value.asText();
    }

    /** A required text field: present and not blank, else 400 {@code missing-field} naming it and where. */
    static String field(String name, String value, String where) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing-field", where + " needs a text field '" + name + "'");
        }
        return value;
    }
}
