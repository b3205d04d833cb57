package viva.defense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import viva.audit.AuditTrail;
import viva.json.Jsonp;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.signaling.RoomCommand;
import viva.system.InTransaction;
import viva.system.PlainText;
import viva.system.Refusal;

/**
 * Recusals beyond the employer: the secretariat records one for a member of the defense's panel,
 * or a member declares one for themselves; {@link Defense#recuse} keeps the rules. Each is stored
 * with its audit event (who stood down, why, recorded by whom); a member already in the room is
 * dropped once it commits, and cannot come back (the ways in refuse a recused member).
 */
@ApplicationScoped
public class RecusalService {

    public static final int MAX_REASON = 2000;

    @Inject
    DefenseRepository defenses;

    @Inject
    MemberRepository members;

    @Inject
    QuorumRule quorum;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Clock clock;

    /** The secretariat records that the member stands down from the defense. */
    @InTransaction
    public Recusal record(long defenseId, Long memberId, String reason, String actor) {
        String why = reason(reason);
        if (memberId == null) {
            throw Refusal.invalid("member_required", "memberId: name the member who stands down.");
        }
        Defense defense = lock(defenseId);
        Member member = members.find(memberId)
                .orElseThrow(() -> Refusal.notFound("member_not_found", "No member " + memberId + "."));
        return recuse(defense, member, why, actor, false);
    }

    /** A member of the defense's panel declares that they stand down; never for another member. */
    @InTransaction
    public Recusal declare(long defenseId, String username, Long memberId, String reason) {
        String why = reason(reason);
        Member member = members.findByUsername(username).orElseThrow(() -> Refusal.forbidden("not_a_member",
                "Only committee members declare a recusal."));
        if (memberId != null && !memberId.equals(member.id())) {
            throw Refusal.forbidden("not_yourself", "A member declares a recusal for themselves only.");
        }
        Defense defense = lock(defenseId);
        if (defense.panel().members().stream().noneMatch(m -> m.id().equals(member.id()))) {
            throw Refusal.forbidden("not_on_panel", "You are not a member of this defense's panel.");
        }
        return recuse(defense, member, why, username, true);
    }

    private Recusal recuse(Defense defense, Member member, String reason, String actor, boolean declared) {
        Recusal recusal = defense.recuse(member, reason, actor, declared, quorum.required(defense.panel().size()),
                clock.instant());
        audit.record(actor, "defense.recused", DefenseService.subject(defense.id()), Jsonp.createObjectBuilder()
                .add("memberId", member.id())
                .add("reason", reason)
                .add("declared", declared)
                .add("eligible", defense.eligibleMemberIds().size())
                .build());
        room.fire(new RoomCommand.Drop(defense.id(), ParticipantIds.of(ParticipantIds.Kind.MEMBER, member.id())));
        return recusal;
    }

    /** Locked, as a stage change locks it: a recusal and the opening of the vote do not cross. */
    private Defense lock(long defenseId) {
        return defenses.lock(defenseId).orElseThrow(() -> Refusal.notFound("defense_not_found",
                "No defense " + defenseId + "."));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason_required", "reason: say why the member stands down.");
        }
        String text = PlainText.check("reason", reason.strip());
        if (text.length() > MAX_REASON) {
            throw Refusal.invalid("invalid_value", "reason: at most " + MAX_REASON + " characters.");
        }
        return text;
    }
}
