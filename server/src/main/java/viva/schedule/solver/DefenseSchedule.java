package viva.schedule.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** A whole round's defenses, planned and booked, with the score of their arrangement. */
@PlanningSolution
public class DefenseSchedule {

    @ProblemFactCollectionProperty
    private List<Panel> panels;
    @PlanningEntityCollectionProperty
    private List<Defense> defenses;
    @PlanningScore
    private HardMediumSoftScore score;

    DefenseSchedule() {
        // for the solver's planning clone
    }

    DefenseSchedule(List<Panel> panels, List<Defense> defenses) {
        this.panels = panels;
        this.defenses = defenses;
    }

    public List<Panel> getPanels() {
        return panels;
    }

    public List<Defense> getDefenses() {
        return defenses;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
