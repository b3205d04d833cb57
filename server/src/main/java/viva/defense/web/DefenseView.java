package viva.defense.web;

import viva.defense.Defense;
import viva.defense.DefenseStage;
import viva.defense.Outcome;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A defense as the secretariat sees it, times in the round's zone. */
public record DefenseView(Long id, Long roundId, int number, Long applicantId, Long panelId, OffsetDateTime start,
        OffsetDateTime end, DefenseStage stage, OffsetDateTime stageStartedAt, List<Long> eligibleMemberIds,
        Outcome outcome, Long previousDefenseId) {

    public static DefenseView of(Defense d) {
        ZoneId zone = d.round().zone();
        return new DefenseView(d.id(), d.round().id(), d.number(), d.applicant().id(), d.panel().id(),
                d.start().atZone(zone).toOffsetDateTime(), d.end().atZone(zone).toOffsetDateTime(), d.stage(),
                d.stageStartedAt() == null ? null : d.stageStartedAt().atZone(zone).toOffsetDateTime(),
                d.eligibleMemberIds(), d.outcome(), d.previous().map(Defense::id).orElse(null));
    }
}
