package viva.schedule.solver;

import java.util.List;
import java.util.Objects;

import viva.defense.QuorumRule;
import viva.round.ScheduleCalendar;

/**
 * One round to plan: its calendar and quorum, its panels, the applicants still to place and the
 * defenses already booked. Booked defenses stay where they are unless {@code allowMovingBooked};
 * then each one moved costs a medium penalty, so they move only to make the round feasible or to
 * place an applicant who would otherwise be left out.
 */
public record SolverInput(ScheduleCalendar calendar, QuorumRule quorum, List<PanelFact> panels,
        List<ApplicantFact> applicants, List<BookedDefense> booked, boolean allowMovingBooked) {

    public SolverInput {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(quorum, "quorum");
        panels = List.copyOf(panels);
        applicants = List.copyOf(applicants);
        booked = List.copyOf(booked);
    }

    public SolverInput(ScheduleCalendar calendar, QuorumRule quorum, List<PanelFact> panels,
            List<ApplicantFact> applicants, List<BookedDefense> booked) {
        this(calendar, quorum, panels, applicants, booked, false);
    }

    public SolverInput allowingMovingBooked() {
        return new SolverInput(calendar, quorum, panels, applicants, booked, true);
    }
}
