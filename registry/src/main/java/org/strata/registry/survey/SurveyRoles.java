package org.strata.registry.survey;

import java.util.Optional;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;

/**
 * Who may do what in merged surveying: officers manage projects, firms and commissions and read for
 * registration; reviewers read and decide for their department; surveyors upload for their firm.
 */
public final class SurveyRoles {
    /** The roles; each reviewer's department comes from their identity (the provider's claims). */
    public SurveyRoles() {}

    /** The department the actor works for, if any: as the identity provider states it; officers work for registration. */
    public Optional<Department> department(Actor actor) {
        if (actor.department().isPresent()) {
            try {
                return Optional.of(Department.ofWireName(actor.department().get()));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
        return actor.role() == Role.OFFICER ? Optional.of(Department.REGISTRATION) : Optional.empty();
    }

    /** Requires an officer (managing projects, firms, commissions, inspections). */
    void requireOfficer(Actor actor) {
        if (actor.role() != Role.OFFICER) {
            throw SurveyException.forbidden(
                    "officer-required",
                    "only an officer may do this; you are signed in as "
                            + actor.role().wireName());
        }
    }

    /** Requires staff: an officer or a reviewer. */
    void requireStaff(Actor actor) {
        if (actor.role() != Role.OFFICER && actor.role() != Role.REVIEWER) {
            throw SurveyException.forbidden(
                    "staff-required",
                    "only officers and department reviewers may do this;" + " you are signed in as "
                            + actor.role().wireName());
        }
    }

    /** Requires someone who takes part in merged surveying at all: staff or a surveyor. */
    void requireParticipant(Actor actor) {
        if (actor.role() != Role.SURVEYOR) {
            requireStaff(actor);
        }
    }

    /** Requires staff, or a surveyor of the firm. */
    void requireStaffOrSurveyorOf(Actor actor, Firm firm) {
        if (actor.role() == Role.SURVEYOR && firm.employs(actor.subject())) {
            return;
        }
        requireStaff(actor);
    }

    /** Whether the actor is a surveyor, whose view is limited to their firms' work. */
    boolean surveyor(Actor actor) {
        return actor.role() == Role.SURVEYOR;
    }

    /** Requires a registered surveyor of the firm (uploading its packages). */
    void requireSurveyorOf(Actor actor, Firm firm, String commissionId) {
        if (!surveyor(actor) || !firm.employs(actor.subject())) {
            throw SurveyException.forbidden(
                    "package.uploader-not-of-firm",
                    actor.subject() + " is not a registered surveyor of " + firm.id() + ", the firm commissioned for "
                            + commissionId);
        }
    }

    /** Requires someone working for the department. */
    void requireDepartment(Actor actor, Department department) {
        if (department(actor).filter(d -> d == department).isEmpty()) {
            throw SurveyException.forbidden(
                    "department-required",
                    actor.subject() + " does not work for the " + department.wireName() + " department");
        }
    }
}
