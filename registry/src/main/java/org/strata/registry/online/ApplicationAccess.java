package org.strata.registry.online;

import java.util.LinkedHashSet;
import java.util.Set;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.CaseException;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.cases.Succession;
import org.strata.registry.register.PartyRole;

/**
 * Who may do what with an application: officers of its county; the parties it names (matched by their verified
 * identity document number); the one who filed it. Anyone else is told it does not exist.
 */
final class ApplicationAccess {
    private ApplicationAccess() {}

    /** Whether the actor is an officer of the application's county. */
    static boolean isOfficer(Actor actor, Application a) {
        return actor.role() == Role.OFFICER && actor.counties().contains(a.county());
    }

    /** Whether the application names the actor as a party. */
    static boolean isParty(Actor actor, Application a) {
        return actor.idNumber().isPresent()
                && a.parties().stream()
                        .anyMatch(p ->
                                p.party().idNumber().equals(actor.idNumber().get()));
    }

    /** Whether the actor filed the case. */
    static boolean isFiler(Actor actor, RegistrationCase c) {
        return c.step("filed").map(s -> s.by().equals(actor.subject())).orElse(false);
    }

    /** Checks that the actor may file the application: an officer of its county, or a party it names. */
    static void requireMayFile(Actor actor, Application a) {
        if (isOfficer(actor, a)) {
            return;
        }
        boolean applicantRole = actor.role() == Role.PUBLIC || actor.role() == Role.HOLDER || actor.role() == Role.BANK;
        if (!applicantRole || !isParty(actor, a)) {
            throw new CaseException(
                    CaseException.Kind.FORBIDDEN,
                    "applicant-not-a-party",
                    "an application is filed by one of the parties it names (matched by the identity document"
                            + " verified at sign-in) or by a registration officer of county " + a.county());
        }
    }

    /** Checks that the actor may see the case; anyone else is told there is no such application. */
    static void requireMaySee(Actor actor, RegistrationCase c) {
        if (!isOfficer(actor, c.application()) && !isParty(actor, c.application()) && !isFiler(actor, c)) {
            throw notFound(c.id());
        }
    }

    /** Checks that the actor is an officer of the case's county, telling others nothing more than they may see. */
    static void requireOfficer(Actor actor, RegistrationCase c) {
        requireMaySee(actor, c);
        if (!isOfficer(actor, c.application())) {
            throw new CaseException(
                    CaseException.Kind.FORBIDDEN,
                    "officer-required",
                    "only a registration officer of county " + c.application().county() + " may do this");
        }
    }

    /** The identity numbers of the parties who have not yet confirmed the application. */
    static Set<String> pendingConsents(RegistrationCase c) {
        Set<String> pending = new LinkedHashSet<>();
        boolean succession = Succession.of(c.application()).isPresent();
        c.application().parties().stream()
                // the deceased holder of a succession does not confirm it: succession opens at death (art. 1121)
                .filter(p -> !(succession && p.role() == PartyRole.TRANSFEROR))
                .forEach(p -> pending.add(p.party().idNumber()));
        for (CaseStep s : c.steps()) {
            if (s.step().equals("consented")) {
                pending.remove(s.facts().getOrDefault("idNumber", ""));
            }
        }
        return pending;
    }

    /** The answer to anyone who may not see an application: there is none. */
    static CaseException notFound(String id) {
        return new CaseException(CaseException.Kind.NOT_FOUND, "application-not-found", "no application " + id);
    }
}
