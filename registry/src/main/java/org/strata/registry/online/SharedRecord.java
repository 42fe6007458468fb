package org.strata.registry.online;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.strata.registry.unit.UnitCode;

/**
 * A record another department shares with the registry: the housing department's filed sale contract (商品房买卖合同
 * 网签备案) or a bank's loan contract (借款合同) secured on a unit.
 *
 * @param source who keeps it
 * @param reference its number at the source
 * @param unitCode the unit it concerns
 * @param fields what it states, by name (e.g. {@code sellers}, {@code buyers}, {@code price} for a contract;
 *     {@code lender}, {@code borrowers}, {@code amount} for a loan); identity document numbers listed with commas
 */
public record SharedRecord(Source source, String reference, UnitCode unitCode, Map<String, String> fields) {
    /** Who keeps a shared record. */
    public enum Source {
        /** The housing department's register of filed sale contracts. */
        CONTRACT_FILING,
        /** A bank's loan contracts. */
        LOAN;

        /** The name used in the API and storage. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Checks the fields and keeps them in name order. */
    public SharedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(unitCode, "unitCode");
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** A field, when stated. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(v -> !v.isBlank());
    }

    /** A field listing identity document numbers, as a sorted list. */
    public List<String> ids(String name) {
        return field(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .sorted()
                .toList();
    }
}
