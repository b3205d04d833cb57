package viva.vote;

import viva.defense.Decision;
import viva.defense.QuorumRule;
import viva.defense.RoomPresence;
import viva.defense.Tally;
import viva.defense.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.incident.IncidentLog;
import viva.incident.IncidentSummary;
import java.time.OffsetDateTime;
import java.util.List;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.defense.DefenseStage;
import viva.defense.DefenseStateException;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.system.Refusal;

/**
 * What each reader may know of a defense's votes: while voting is open, who has voted and never
 * how; after close, the counts for the panel and every vote with its reason for the secretariat.
 */
@ApplicationScoped
public class ResultService {

    public record VotingStatus(DefenseStage stage, int quorum, int eligible, List<Long> presentEligible,
            List<Long> voted, int votesCast) {
    }

    public record VoteView(long memberId, String name, Decision decision, String reason, OffsetDateTime castAt) {
    }

    /** {@code vetoes} and {@code votes} stay empty until the defense is closed. */
    public record Result(long defenseId, Outcome outcome, int quorum, int eligible, int present, int votesCast,
            Integer vetoes, OffsetDateTime closedAt, List<VoteView> votes) {
    }

    @Inject
    IncidentLog incidents;

    @Inject
    DefenseRepository defenses;

    @Inject
    MemberRepository members;

    @Inject
    VoteRepository votes;

    @Inject
    RoomPresence presence;

    @Inject
    QuorumRule quorum;

    public VotingStatus status(long defenseId, String username, boolean secretary) {
        Defense defense = readable(defenseId, username, secretary, false);
        List<Vote> cast = votes.findByDefense(defense);
        return new VotingStatus(defense.stage(), quorum.required(defense.panel().size()),
                defense.eligibleMemberIds().size(),
                defense.eligibleAmong(presence.of(defenseId)).stream().sorted().toList(),
                cast.stream().map(Vote::memberId).sorted().toList(), cast.size());
    }

    public Result result(long defenseId, String username, boolean secretary) {
        Defense defense = readable(defenseId, username, secretary, true);
        List<Vote> cast = votes.findByDefense(defense);
        Tally tally = defense.tally(votes.castOn(defense), quorum.required(defense.panel().size()));
        boolean closed = defense.stage() == DefenseStage.CLOSED;
        var zone = defense.round().zone();
        List<VoteView> votes = closed && secretary
                ? cast.stream().map(v -> new VoteView(v.memberId(),
                        members.find(v.memberId()).map(Member::name).orElse(""), v.decision(), v.reason(),
                        v.castAt().atZone(zone).toOffsetDateTime())).toList()
                : List.of();
        return new Result(defense.id(), defense.outcome(), tally.quorum(), tally.eligible(), tally.present(),
                tally.votesCast(), closed ? tally.vetoes() : null,
                defense.closedAt() == null ? null : defense.closedAt().atZone(zone).toOffsetDateTime(), votes);
    }

    /** The printable sheet of a closed defense (the secretariat's). */
    public byte[] sheet(long defenseId, String username) {
        Defense defense = readable(defenseId, username, true, true);
        if (defense.stage() != DefenseStage.CLOSED) {
            throw new DefenseStateException("not_closed", "The result sheet exists once the defense is closed.");
        }
        return ResultSheet.pdf(defense, result(defenseId, username, true),
                IncidentSummary.lines(incidents.list(defenseId)));
    }

    /** The secretariat reads any defense; a member only their panel's, and the result only after close. */
    private Defense readable(long defenseId, String username, boolean secretary, boolean result) {
        Defense defense = defenses.find(defenseId)
                .orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + defenseId + "."));
        if (secretary) {
            return defense;
        }
        Member member = members.findByUsername(username)
                .orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN, "not_on_panel", "Not your panel's defense."));
        if (defense.panel().members().stream().noneMatch(m -> m.id().equals(member.id()))) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "not_on_panel", "Not your panel's defense.");
        }
        if (result && defense.stage() != DefenseStage.CLOSED) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "not_closed", "The result is shown to the panel after close.");
        }
        return defense;
    }
}
