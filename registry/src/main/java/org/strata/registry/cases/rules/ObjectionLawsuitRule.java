package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * The lawsuit an objection announced is recorded only on an objection still in force — within its 15 days — and
 * by the objection's own applicant (Civil Code art. 220; Implementing Rules art. 83); once recorded, the objection
 * no longer lapses.
 */
public final class ObjectionLawsuitRule implements Rule {
    @Override
    public String code() {
        return "objection-lawsuit";
    }

    @Override
    public String explanation() {
        return "An objection lapses unless its applicant sues within 15 days (Civil Code art. 220): the court's notice"
                + " of acceptance (details.courtNotice) is recorded on the objection (details.objection) while it is in"
                + " force, by its applicant, and the objection then stays until it is cancelled on the court's"
                + " decision (Implementing Rules art. 83). The 15 days, like an advance notice's 90, start the day after"
                + " the event and end at the end of the last day, China Standard Time (art. 201); a last day that is a"
                + " rest day as the State Council arranged the year gives way to the next working day (art. 203).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.OBJECTION_LAWSUIT) {
            return List.of();
        }
        String id = a.detail("objection").orElse("");
        Optional<Restriction> objection =
                state.objections().stream().filter(o -> o.eventId().equals(id)).findFirst();
        if (objection.isEmpty()) {
            return List.of(Finding.blocker(
                    code(),
                    a.unitCode(),
                    Optional.empty(),
                    "event " + id + " is not an objection in force on unit " + a.unitCode()
                            + "; an objection whose 15 days have passed has lapsed and its lawsuit is not recorded"));
        }
        boolean ownApplicant = objection.get().parties().stream()
                .filter(p -> p.role() == PartyRole.APPLICANT)
                .anyMatch(p -> a.partiesIn(PartyRole.APPLICANT).stream()
                        .anyMatch(q -> q.party().idNumber().equals(p.party().idNumber())));
        if (!ownApplicant) {
            return List.of(Finding.blocker(
                    code(),
                    a.unitCode(),
                    Optional.of(id),
                    "the lawsuit on objection " + id + " is recorded on its own applicant's application"));
        }
        return List.of();
    }
}
