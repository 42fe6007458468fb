package org.strata.registry.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a unit is legally in the register: from its first registration's validity start to its
 * cancellation's, if any.
 *
 * @param start the validity start of the first registration
 * @param end the validity start of the cancellation that ended the right, if any
 */
public record Availability(Instant start, Optional<Instant> end) {
    /** The availability a unit's events give, empty when it was never registered first. */
    public static Optional<Availability> of(List<RegisterEvent> events) {
        Optional<RegisterEvent> first =
                events.stream().filter(e -> e.type() == RegistrationType.FIRST).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> end = events.stream()
                .filter(e ->
                        e.type() == RegistrationType.CANCELLATION && e.ends().isEmpty())
                .map(RegisterEvent::validFrom)
                .reduce((a, b) -> b);
        return Optional.of(new Availability(first.get().validFrom(), end));
    }
}
