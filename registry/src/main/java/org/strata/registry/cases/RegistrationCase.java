package org.strata.registry.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registration case: the application, where it stands, each step taken, the findings of the last rule
 * check, and once recorded the event and certificate or proof number.
 *
 * @param id the case id
 * @param application what was applied for
 * @param status where the case stands
 * @param steps the steps taken, in order
 * @param findings the findings of the last rule check
 * @param eventId the register event, once recorded
 * @param certificateNo the certificate (不动产权证书) or proof (登记证明) number, once recorded, when one is issued
 * @param version the optimistic-lock version, raised by every change
 */
public record RegistrationCase(
        String id,
        Application application,
        CaseStatus status,
        List<CaseStep> steps,
        List<Finding> findings,
        Optional<String> eventId,
        Optional<String> certificateNo,
        long version) {
    /** Copies the collections. */
    public RegistrationCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(certificateNo, "certificateNo");
    }

    /** The case moved to a new status with one more step. */
    public RegistrationCase moved(CaseStatus newStatus, CaseStep step) {
        List<CaseStep> more = new ArrayList<>(steps);
        more.add(step);
        return new RegistrationCase(id, application, newStatus, more, findings, eventId, certificateNo, version + 1);
    }

    /** The case moved to a new status with one more step and the findings of a new check. */
    public RegistrationCase moved(CaseStatus newStatus, CaseStep step, List<Finding> latest) {
        return moved(newStatus, step, application, latest);
    }

    /** The case with a completed application (补正), a new status, one more step and the new findings. */
    public RegistrationCase moved(CaseStatus newStatus, CaseStep step, Application completed, List<Finding> latest) {
        List<CaseStep> more = new ArrayList<>(steps);
        more.add(step);
        return new RegistrationCase(id, completed, newStatus, more, latest, eventId, certificateNo, version + 1);
    }

    /** The first step with this name, if taken. */
    public java.util.Optional<CaseStep> step(String name) {
        return steps.stream().filter(s -> s.step().equals(name)).findFirst();
    }

    /** The last step with this name, if taken. */
    public java.util.Optional<CaseStep> lastStep(String name) {
        return steps.stream().filter(s -> s.step().equals(name)).reduce((a, b) -> b);
    }

    /** The case recorded as an event, with its certificate or proof number. */
    public RegistrationCase recorded(CaseStep step, String event, Optional<String> certificate, List<Finding> latest) {
        List<CaseStep> more = new ArrayList<>(steps);
        more.add(step);
        return new RegistrationCase(
                id, application, CaseStatus.RECORDED, more, latest, Optional.of(event), certificate, version + 1);
    }
}
