package org.strata.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.online.TimeLimits;

/** The typed response bodies of online applications: where one stands, its timeline and its time limits. */
public final class ApplicationViews {
    private ApplicationViews() {}

    /**
     * An application as its parties and officers see it.
     *
     * @param id the application's id
     * @param status where it stands (awaiting-consent, submitted, in-review, needs-correction, approved, recorded…)
     * @param application what was applied for, with the rules' findings
     * @param awaitingConsentOf the parties who have not yet confirmed it, by masked identity number
     * @param awaitingYourConsent whether the one asking is among them
     * @param timeline every step: who, when, what it established
     * @param timeLimits where it stands against the statutory limit and the local target, once accepted
     * @param certificate the certificate or proof issued, once recorded
     */
    public record Application(
            String id,
            String status,
            CaseViews.Case application,
            List<String> awaitingConsentOf,
            boolean awaitingYourConsent,
            List<CaseViews.Step> timeline,
            @JsonInclude(JsonInclude.Include.NON_NULL) Limits timeLimits,
            @JsonInclude(JsonInclude.Include.NON_NULL) Certificate certificate) {}

    /**
     * An application's time limits.
     *
     * @param statutoryWorkingDays the statutory limit (Interim Regulation art. 20)
     * @param statutoryDeadline when it runs out
     * @param targetWorkingDays the office's own target
     * @param targetDeadline when the target runs out
     * @param workingDaysLeft statutory working days left, negative when overdue
     * @param overdue whether the statutory limit has passed
     * @param pastTarget whether the target has passed
     * @param pausedWorkingDays working days spent waiting for the applicant's corrections, not counted
     * @param paused whether the clock stands still now, waiting for a correction
     */
    public record Limits(
            int statutoryWorkingDays,
            String statutoryDeadline,
            int targetWorkingDays,
            String targetDeadline,
            int workingDaysLeft,
            boolean overdue,
            boolean pastTarget,
            int pausedWorkingDays,
            boolean paused) {}

    /**
     * The certificate or proof an application issued.
     *
     * @param number its number
     * @param sha256 the SHA-256 of its document, when issued
     * @param verify where anyone checks it, without signing in
     * @param document where its holders download it
     */
    public record Certificate(
            String number, @JsonInclude(JsonInclude.Include.NON_NULL) String sha256, String verify, String document) {}

    /**
     * The rules of online registration.
     *
     * @param rulesVersion the version of the register's rule set decisions name
     * @param statutoryWorkingDays the statutory limit
     * @param statutoryBasis where the limit comes from and how it is counted
     * @param targetWorkingDays the office's own target
     * @param correctionWorkingDays the working days an applicant has to answer a correction request
     * @param standardCases the cases the verification model records with no officer
     */
    public record Rules(
            String rulesVersion,
            int statutoryWorkingDays,
            String statutoryBasis,
            int targetWorkingDays,
            int correctionWorkingDays,
            List<Standard> standardCases) {}

    /** A standard case and what the verification model checks for it. */
    public record Standard(String kind, String checks) {}

    /** An officer's or a party's list of applications. */
    public record Listing(List<Application> applications) {}

    /** The view of a case with its time limits. */
    static Application of(
            RegistrationCase c,
            List<String> awaiting,
            boolean awaitingYou,
            Optional<TimeLimits.Clock> clock,
            TimeLimits l) {
        Limits limits = clock.map(k -> new Limits(
                        l.statutoryWorkingDays(),
                        k.statutoryDeadline().toString(),
                        l.targetWorkingDays(),
                        k.targetDeadline().toString(),
                        k.workingDaysLeft(),
                        k.overdue(),
                        k.pastTarget(),
                        k.pausedWorkingDays(),
                        k.paused()))
                .orElse(null);
        Certificate certificate = c.certificateNo()
                .map(no -> {
                    String path = "/api/v1/certificates/"
                            + URLEncoder.encode(no, StandardCharsets.UTF_8).replace("+", "%20");
                    return new Certificate(
                            no,
                            c.lastStep("certificate-issued")
                                    .map(s -> s.facts().get("sha256"))
                                    .orElse(null),
                            path + "/verify",
                            path + "/document");
                })
                .orElse(null);
        return new Application(
                c.id(),
                c.status().wireName(),
                RegisterJson.registrationCase(c),
                awaiting,
                awaitingYou,
                c.steps().stream().map(RegisterJson::step).toList(),
                limits,
                certificate);
    }
}
