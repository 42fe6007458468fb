package org.strata.web.api;

import org.strata.registry.access.Purpose;
import org.strata.web.http.ApiException;

/** Reads the {@code purpose} every query states; a missing or unknown one is a 400. */
final class Purposes {
    private Purposes() {}

    static Purpose required(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest(
                    "missing-purpose", "every query states its purpose: purpose=" + Purpose.wireNames());
        }
        return Purpose.ofWireName(name)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid-purpose", "purpose '" + name + "' is not one of " + Purpose.wireNames()));
    }
}
