package org.strata.registry.online;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.RecordingBlockedException;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;

/**
 * What happens once every party has confirmed an application: a standard case goes to the verification model, which
 * records it when every check passes and otherwise sends it to an officer in review with its findings; any other
 * case waits for an officer to accept it. Recording, by the model or an officer, issues the certificate's document.
 */
final class Intake {
    private final CaseService cases;
    private final RegisterStore register;
    private final Clock clock;
    private final VerificationModel model;
    private final CertificateIssuer issuer;

    Intake(CaseService cases, RegisterStore register, Clock clock, VerificationModel model, CertificateIssuer issuer) {
        this.cases = cases;
        this.register = register;
        this.clock = clock;
        this.model = model;
        this.issuer = issuer;
    }

    /** A case just submitted: decided by the verification model when it is a standard case, else left for an officer. */
    RegistrationCase submitted(RegistrationCase c) {
        CaseStep filed = c.step("filed").orElseThrow();
        Role filerRole = Role.ofWireName(filed.facts().getOrDefault("role", "")).orElse(Role.PUBLIC);
        Optional<String> filerId = Optional.ofNullable(filed.facts().get("idNumber"));
        Optional<StandardCase> kind = StandardCase.of(c.application(), filerRole, filerId);
        if (kind.isEmpty() || filerRole == Role.OFFICER) {
            return c;
        }
        UnitState state = UnitStateFolder.current(
                c.application().unitCode(), register.eventsOf(c.application().unitCode()), clock.instant());
        VerificationModel.Verdict verdict =
                model.verify(kind.get(), c.application(), state, cases.findings(c.application()));
        Map<String, String> facts = Map.of(
                "standardCase", kind.get().wireName(),
                "rules", cases.rules().version(),
                "checks", describe(verdict),
                "findings",
                        String.join(
                                ",",
                                verdict.findings().stream().map(Finding::code).toList()));
        RegistrationCase accepted = c.moved(
                CaseStatus.IN_REVIEW,
                new CaseStep("accepted", VerificationModel.SUBJECT, clock.instant(), "zero-document standard case"),
                verdict.findings());
        if (!verdict.passes()) {
            RegistrationCase toOfficer = accepted.moved(
                    CaseStatus.IN_REVIEW,
                    new CaseStep(
                            "verified",
                            VerificationModel.SUBJECT,
                            clock.instant(),
                            "sent to an officer: " + verdict.findings().size() + " finding(s)",
                            facts),
                    verdict.findings());
            register.updateCase(toOfficer, c.version());
            return toOfficer;
        }
        RegistrationCase approved = accepted.moved(
                CaseStatus.APPROVED,
                new CaseStep(
                        "approved",
                        VerificationModel.SUBJECT,
                        clock.instant(),
                        "every check passed; recorded by verification model",
                        facts),
                List.of());
        register.updateCase(approved, c.version());
        Actor modelActor = new Actor(
                VerificationModel.SUBJECT,
                "核验模型 verification model",
                Role.OFFICER,
                List.of(c.application().county()),
                Optional.empty());
        try {
            return recordAndIssue(modelActor, c.id());
        } catch (RecordingBlockedException blocked) {
            // the register changed between the check and the recording: an officer decides
            RegistrationCase current = register.findCase(c.id()).orElseThrow();
            RegistrationCase back = current.moved(
                    CaseStatus.IN_REVIEW,
                    new CaseStep(
                            "verified",
                            VerificationModel.SUBJECT,
                            clock.instant(),
                            "recording was blocked; sent to an officer",
                            Map.of("findings", codes(blocked.blockers()))),
                    blocked.blockers());
            register.updateCase(back, current.version());
            return back;
        }
    }

    /** Records an approved case and issues its certificate's document, once. */
    RegistrationCase recordAndIssue(Actor officer, String id) {
        RegistrationCase recorded = cases.record(officer, id, false);
        if (recorded.certificateNo().isEmpty()
                || recorded.step("certificate-issued").isPresent()) {
            return recorded;
        }
        Optional<String> sha256 = issuer.issue(recorded);
        if (sha256.isEmpty()) {
            return recorded;
        }
        RegistrationCase issued = recorded.moved(
                CaseStatus.RECORDED,
                new CaseStep(
                        "certificate-issued",
                        officer.subject(),
                        clock.instant(),
                        recorded.certificateNo().get(),
                        Map.of("certificate", recorded.certificateNo().get(), "sha256", sha256.get())),
                recorded.findings());
        register.updateCase(issued, recorded.version());
        return issued;
    }

    private static String describe(VerificationModel.Verdict verdict) {
        return String.join(
                "; ",
                verdict.checks().stream()
                        .map(c -> c.code() + (c.passed() ? " passed: " : " FAILED: ") + c.message())
                        .toList());
    }

    private static String codes(List<Finding> findings) {
        return String.join(",", findings.stream().map(Finding::code).toList());
    }
}
