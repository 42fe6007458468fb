package org.strata.registry.register;

import java.time.Duration;
import java.time.Period;

/** The periods after which registrations lapse by law, named once. */
public final class LegalPeriods {
    /** An objection lapses when the applicant does not sue within 15 days (Civil Code art. 220). */
    public static final Duration OBJECTION_LAPSE = Duration.ofDays(15);
    /** An advance notice lapses 90 days after registration of the right became possible (Civil Code art. 221). */
    public static final Duration ADVANCE_NOTICE_LAPSE = Duration.ofDays(90);
    /**
     * The default term of a seizure of real estate and of each renewal, in years, when the court order
     * states none (the Supreme People's Court's rules on seizure; verify against the order in practice).
     */
    public static final Period DEFAULT_SEIZURE_TERM = Period.ofYears(3);

    private LegalPeriods() {}
}
