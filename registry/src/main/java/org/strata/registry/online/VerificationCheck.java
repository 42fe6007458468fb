package org.strata.registry.online;

/**
 * One check the verification model made against the register or a shared record.
 *
 * @param code the check's stable code, e.g. {@code loan-amount}
 * @param passed whether it passed
 * @param message what was compared and what was found
 */
public record VerificationCheck(String code, boolean passed, String message) {
    /** A passed check. */
    static VerificationCheck pass(String code, String message) {
        return new VerificationCheck(code, true, message);
    }

    /** A failed check. */
    static VerificationCheck fail(String code, String message) {
        return new VerificationCheck(code, false, message);
    }

    /** A check that passes when {@code passed}. */
    static VerificationCheck of(String code, boolean passed, String message) {
        return new VerificationCheck(code, passed, message);
    }
}
