package org.strata.registry.cases.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * The disposal matrix ({@code disposal-matrix.txt}): for every restriction in force and every registration type,
 * whether an application is allowed, blocked, needs the restriction holder's consent or is recorded with a
 * warning, and the legal source. Read once; a table missing a pair or giving one twice is refused.
 */
public final class DisposalMatrix {
    /** A restriction in force on a unit, as the matrix names it. */
    public enum RestrictionKind {
        /** A seizure in effect (查封). */
        SEIZURE("seizure", s -> s.seizure().stream().toList()),
        /** A seizure waiting in line (轮候查封). */
        WAITING_SEIZURE("waiting-seizure", UnitState::waitingSeizures),
        /** An advance notice in force (预告登记). */
        ADVANCE_NOTICE("advance-notice", UnitState::advanceNotices),
        /** A mortgage in force (抵押权). */
        MORTGAGE("mortgage", UnitState::mortgages),
        /** An objection in force (异议登记). */
        OBJECTION("objection", UnitState::objections),
        /** A residence right in force (居住权). */
        RESIDENCE_RIGHT("residence-right", UnitState::residenceRights),
        /** A mortgage in force carrying a registered agreement not to transfer the unit (Civil Code art. 406). */
        NO_TRANSFER_AGREEMENT("no-transfer-agreement", s -> s.mortgages().stream()
                .filter(m -> "true".equals(m.details().get("noTransfer")))
                .toList()),
        /** An easement burdening the unit (地役权). */
        EASEMENT("easement", UnitState::easements);

        private final String wireName;
        private final Function<UnitState, List<Restriction>> inForce;

        RestrictionKind(String wireName, Function<UnitState, List<Restriction>> inForce) {
            this.wireName = wireName;
            this.inForce = inForce;
        }

        /** The name in the matrix and the API. */
        public String wireName() {
            return wireName;
        }

        /** The restrictions of this kind in force on a unit. */
        public List<Restriction> inForce(UnitState state) {
            return inForce.apply(state);
        }

        static RestrictionKind of(String name) {
            return Arrays.stream(values())
                    .filter(k -> k.wireName.equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown restriction '" + name + "'"));
        }
    }

    /** What the register does with an application while a restriction is in force. */
    public enum Decision {
        /** Recorded. */
        ALLOWED,
        /** Refused, unless the seizing court orders it. */
        BLOCKED,
        /** Refused unless the restriction's holder consents. */
        CONSENT,
        /** Recorded with a warning. */
        WARN
    }

    /**
     * One cell of the matrix.
     *
     * @param restriction the restriction in force
     * @param type the registration applied for
     * @param decision what the register does
     * @param code the finding's code, empty when allowed
     * @param source the legal source and reason
     */
    public record Cell(
            RestrictionKind restriction, RegistrationType type, Decision decision, String code, String source) {}

    private static final DisposalMatrix STANDARD = read();

    private final Map<RestrictionKind, Map<RegistrationType, Cell>> cells;

    private DisposalMatrix(Map<RestrictionKind, Map<RegistrationType, Cell>> cells) {
        this.cells = cells;
    }

    /** The matrix of {@code disposal-matrix.txt}. */
    public static DisposalMatrix standard() {
        return STANDARD;
    }

    /** The cell for a restriction and a type. */
    public Cell cell(RestrictionKind restriction, RegistrationType type) {
        return cells.get(restriction).get(type);
    }

    /** Every cell, by restriction then type. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        cells.values().forEach(row -> out.addAll(row.values()));
        return out;
    }

    private static DisposalMatrix read() {
        try (InputStream in = DisposalMatrix.class.getResourceAsStream("disposal-matrix.txt")) {
            if (in == null) {
                throw new IllegalStateException("disposal-matrix.txt is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a matrix from its lines.
     *
     * @throws IllegalArgumentException naming the line of a bad row, a pair given twice or a pair missing
     */
    static DisposalMatrix parse(List<String> lines) {
        Map<RestrictionKind, Map<RegistrationType, Cell>> cells = new EnumMap<>(RestrictionKind.class);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (f.length != 5) {
                throw new IllegalArgumentException(
                        "disposal matrix line " + (n + 1) + " has " + f.length + " columns, not 5");
            }
            RestrictionKind restriction = RestrictionKind.of(f[0]);
            RegistrationType type = RegistrationType.ofWireName(f[1])
                    .orElseThrow(() -> new IllegalArgumentException("unknown registration type '" + f[1] + "'"));
            Decision decision = Decision.valueOf(f[2].toUpperCase(java.util.Locale.ROOT));
            if ((decision == Decision.ALLOWED) != f[3].isEmpty() || f[4].isEmpty()) {
                throw new IllegalArgumentException("disposal matrix line " + (n + 1)
                        + ": a code goes with every decision but allowed, and every row names its source");
            }
            Cell previous = cells.computeIfAbsent(restriction, k -> new EnumMap<>(RegistrationType.class))
                    .put(type, new Cell(restriction, type, decision, f[3], f[4]));
            if (previous != null) {
                throw new IllegalArgumentException(
                        "disposal matrix line " + (n + 1) + " gives " + f[0] + " × " + f[1] + " a second time");
            }
        }
        for (RestrictionKind restriction : RestrictionKind.values()) {
            for (RegistrationType type : RegistrationType.values()) {
                if (Optional.ofNullable(cells.get(restriction))
                        .map(row -> row.get(type))
                        .isEmpty()) {
                    throw new IllegalArgumentException(
                            "the disposal matrix has no row for " + restriction.wireName() + " × " + type.wireName());
                }
            }
        }
        return new DisposalMatrix(cells);
    }
}
