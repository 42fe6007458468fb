package org.strata.registry.online;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.strata.registry.actor.Actor;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.CaseException;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.DetailKeys;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.cases.Succession;

/**
 * Applications as the parties meet them (一网通办): file one for a unit, confirm or decline one that names you
 * (意愿核实), answer a request to complete it (补正), withdraw it, and follow it. Every change is a step with who and
 * when; a retried request changes nothing twice.
 */
public final class Applications {
    private final CaseService cases;
    private final RegisterStore register;
    private final Clock clock;
    private final Intake intake;

    /** The parties' side of online registration. */
    public Applications(
            CaseService cases, RegisterStore register, Clock clock, VerificationModel model, CertificateIssuer issuer) {
        this.cases = cases;
        this.register = register;
        this.clock = clock;
        this.intake = new Intake(cases, register, clock, model, issuer);
    }

    /** The intake the officers' desk shares. */
    Intake intake() {
        return intake;
    }

    /**
     * Files an application. The filer's own consent is taken with it; when no other party must confirm, it is
     * submitted at once (and a standard case goes to the verification model). With an idempotency key, filing the
     * same application again answers the case already filed.
     *
     * @throws CaseException {@code applicant-not-a-party} when the filer is neither a party nor an officer of the
     *     county; {@code idempotency-key-reused} when the key was used for another application
     */
    public RegistrationCase file(Actor actor, Application application, Optional<String> idempotencyKey) {
        ApplicationAccess.requireMayFile(actor, application);
        String id = idempotencyKey
                .map(k -> UUID.nameUUIDFromBytes((actor.subject() + "\n" + k).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(UUID::randomUUID)
                .toString();
        Optional<RegistrationCase> earlier = register.findCase(id);
        if (earlier.isPresent()) {
            if (!earlier.get().application().equals(org.strata.registry.cases.ApplicationChecks.check(application))) {
                throw new CaseException(
                        CaseException.Kind.CONFLICT,
                        "idempotency-key-reused",
                        "the Idempotency-Key was used for another application (" + id + ")");
            }
            return earlier.get();
        }
        Map<String, String> filer = new TreeMap<>();
        filer.put("role", actor.role().wireName());
        actor.idNumber().ifPresent(n -> filer.put("idNumber", n));
        List<CaseStep> steps = new ArrayList<>();
        steps.add(new CaseStep("filed", actor.subject(), clock.instant(), "", filer));
        boolean officer = ApplicationAccess.isOfficer(actor, application);
        boolean commitment = !officer && byCommitment(application);
        for (String party : application.parties().stream()
                .map(p -> p.party().idNumber())
                .distinct()
                .toList()) {
            if (officer || actor.idNumber().filter(party::equals).isPresent()) {
                steps.add(consent(actor, party, officer ? "confirmed in person at the counter" : "", commitment));
            }
        }
        RegistrationCase opened = cases.open(id, application, CaseStatus.AWAITING_CONSENT, steps);
        return submitIfConfirmed(opened);
    }

    /** Confirms an application that names the actor; the last party to confirm submits it. */
    public RegistrationCase consent(Actor actor, String id) {
        RegistrationCase c = get(actor, id);
        String idNumber = requireNamed(actor, c);
        if (!ApplicationAccess.pendingConsents(c).contains(idNumber)) {
            return c; // confirmed already: a retry changes nothing
        }
        requireStatus(c, CaseStatus.AWAITING_CONSENT, "confirm");
        RegistrationCase confirmed =
                c.moved(CaseStatus.AWAITING_CONSENT, consent(actor, idNumber, "", byCommitment(c.application())));
        register.updateCase(confirmed, c.version());
        return submitIfConfirmed(confirmed);
    }

    /** Declines an application that names the actor: it ends, nothing is recorded. */
    public RegistrationCase decline(Actor actor, String id, String reason) {
        RegistrationCase c = get(actor, id);
        String idNumber = requireNamed(actor, c);
        if (c.status() == CaseStatus.DECLINED) {
            return c;
        }
        requireStatus(c, CaseStatus.AWAITING_CONSENT, "decline");
        RegistrationCase declined = c.moved(
                CaseStatus.DECLINED,
                new CaseStep("declined", actor.subject(), clock.instant(), reason, Map.of("idNumber", idNumber)));
        register.updateCase(declined, c.version());
        return declined;
    }

    /** Withdraws an application its filer no longer wants, at any time before it is recorded. */
    public RegistrationCase withdraw(Actor actor, String id, String reason) {
        RegistrationCase c = get(actor, id);
        if (!ApplicationAccess.isFiler(actor, c)) {
            throw new CaseException(
                    CaseException.Kind.FORBIDDEN, "filer-required", "only whoever filed an application withdraws it");
        }
        if (c.status() == CaseStatus.WITHDRAWN) {
            return c;
        }
        if (c.status().isFinal() || c.status() == CaseStatus.APPROVED) {
            throw transition(c, "withdraw");
        }
        RegistrationCase withdrawn =
                c.moved(CaseStatus.WITHDRAWN, new CaseStep("withdrawn", actor.subject(), clock.instant(), reason));
        register.updateCase(withdrawn, c.version());
        return withdrawn;
    }

    /**
     * Answers a correction request (补正): the details given replace or add to the application's, the rules run
     * again, and the application returns to review with the new findings.
     */
    public RegistrationCase correct(Actor actor, String id, Map<String, String> details, String note) {
        RegistrationCase c = get(actor, id);
        if (!ApplicationAccess.isFiler(actor, c) && !ApplicationAccess.isParty(actor, c.application())) {
            throw ApplicationAccess.notFound(id);
        }
        requireStatus(c, CaseStatus.NEEDS_CORRECTION, "answer a correction request");
        for (String key : details.keySet()) {
            if (!DetailKeys.clientKeys(c.application().type()).contains(key)) {
                throw CaseException.invalid(
                        "invalid-detail",
                        "details." + key + " is not a detail of a "
                                + c.application().type().wireName());
            }
        }
        java.util.SortedMap<String, String> merged =
                new TreeMap<>(c.application().details());
        merged.putAll(details);
        Application a = c.application();
        Application completed = new Application(a.type(), a.unitCode(), a.parties(), merged, a.newUnit());
        RegistrationCase corrected = c.moved(
                CaseStatus.IN_REVIEW,
                new CaseStep(
                        "corrected",
                        actor.subject(),
                        clock.instant(),
                        note,
                        Map.of("details", String.join(",", new TreeMap<>(details).keySet()))),
                completed,
                cases.findings(completed));
        register.updateCase(corrected, c.version());
        return corrected;
    }

    /** An application, for an officer of its county, a party it names or its filer; anyone else gets 404. */
    public RegistrationCase get(Actor actor, String id) {
        RegistrationCase c = register.findCase(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        ApplicationAccess.requireMaySee(actor, c);
        return c;
    }

    /** The applications naming the actor, newest first (at most 200). */
    public List<RegistrationCase> mine(Actor actor) {
        if (actor.idNumber().isEmpty()) {
            return List.of();
        }
        return register.casesNaming(actor.idNumber().get(), 200).stream()
                .sorted(Comparator.comparing(
                                (RegistrationCase c) -> c.steps().get(0).at())
                        .reversed())
                .toList();
    }

    private RegistrationCase submitIfConfirmed(RegistrationCase c) {
        if (c.status() != CaseStatus.AWAITING_CONSENT
                || !ApplicationAccess.pendingConsents(c).isEmpty()) {
            return c;
        }
        RegistrationCase submitted = c.moved(
                CaseStatus.SUBMITTED,
                new CaseStep(
                        "submitted",
                        c.steps().get(c.steps().size() - 1).by(),
                        clock.instant(),
                        "every party has confirmed",
                        byCommitment(c.application())
                                ? Map.of("laterVerification", "death and kinship stated by the heirs' commitment")
                                : Map.of()));
        register.updateCase(submitted, c.version());
        return intake.submitted(submitted);
    }

    /** A party's confirmation; an heir's carries the written commitment (告知承诺) given with it. */
    private CaseStep consent(Actor actor, String idNumber, String note, boolean commitment) {
        Map<String, String> facts = new TreeMap<>();
        facts.put("idNumber", idNumber);
        if (commitment) {
            facts.put("commitment", Succession.COMMITMENT);
        }
        return new CaseStep("consented", actor.subject(), clock.instant(), note, facts);
    }

    private static boolean byCommitment(Application a) {
        return Succession.of(a).map(Succession::byCommitment).orElse(false);
    }

    private static String requireNamed(Actor actor, RegistrationCase c) {
        if (!ApplicationAccess.isParty(actor, c.application())) {
            throw new CaseException(
                    CaseException.Kind.FORBIDDEN,
                    "not-a-party",
                    "only a party the application names confirms or declines it");
        }
        return actor.idNumber().orElseThrow();
    }

    static void requireStatus(RegistrationCase c, CaseStatus needed, String step) {
        if (c.status() != needed) {
            throw transition(c, step);
        }
    }

    static CaseException transition(RegistrationCase c, String step) {
        return new CaseException(
                CaseException.Kind.CONFLICT,
                "invalid-transition",
                "application " + c.id() + " is " + c.status().wireName() + "; it cannot " + step + " now");
    }
}
