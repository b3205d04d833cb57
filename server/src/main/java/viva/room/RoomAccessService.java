package viva.room;

import viva.system.Tokens;
import viva.defense.ParticipantIds;
import viva.defense.DefenseService;
import viva.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import viva.defense.DefenseCancelled;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.defense.DefenseStage;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.round.StageMinutes;
import viva.security.AccountRepository;
import viva.security.UserAccount;
import viva.signaling.Admission;
import viva.signaling.Entry;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomCommand;
import viva.system.Refusal;
import viva.system.InTransaction;
import viva.system.PublicAddress;

/**
 * Who may enter a defense room and with what: join links for applicants, tickets for the
 * handshake, resume tokens for coming back. Also the room's admission: ticket → entry.
 */
@ApplicationScoped
public class RoomAccessService implements Admission {

    public record Link(String url, OffsetDateTime expiresAt) {
    }

    public record Ticket(String ticket, String url, OffsetDateTime expiresAt) {
    }

    @Inject
    DefenseRepository defenses;

    @Inject
    RoomAccessRepository access;

    @Inject
    TicketBook tickets;

    @Inject
    MemberRepository members;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    Event<RoomCommand> room;

    @Inject
    PublicAddress address;

    @Inject
    AuditTrail audit;

    @Inject
    TurnCredentials turn;

    @Inject
    @ConfigProperty(name = "viva.join.grace.minutes", defaultValue = "120")
    int graceMinutes;

    /** A new personal link for the applicant; earlier links of the defense stop working. */
    @InTransaction
    public Link createJoinLink(long defenseId) {
        Defense defense = defense(defenseId);
        refuseIfClosed(defense);
        Instant now = clock.instant();
        access.joinLinks(defense).forEach(link -> link.revoke(now));
        String token = Tokens.random();
        Instant expiresAt = defense.end().plus(Duration.ofMinutes(graceMinutes));
        access.store(new JoinLink(defense, Tokens.hash(token), now, expiresAt));
        audit.record("joinlink.created", DefenseService.subject(defenseId), Jsonp.createObjectBuilder()
                .add("expiresAt", expiresAt.toString()).build());
        return new Link(address.link("/defense.html?d=" + defenseId + "#join=" + token),
                expiresAt.atZone(defense.round().zone()).toOffsetDateTime());
    }

    /**
     * Shuts the applicant out: their links stop working, every resume token they were given is
     * void, and their open sockets close for good once this commits. (A new link only replaces the
     * old one for entering; an applicant already inside keeps the seat.)
     */
    @InTransaction
    public void revokeJoinLinks(long defenseId) {
        Instant now = clock.instant();
        Defense defense = defense(defenseId);
        access.joinLinks(defense).forEach(link -> link.revoke(now));
        String applicant = ParticipantIds.of(ParticipantIds.Kind.APPLICANT, defense.applicant().id());
        access.removePasses(defense, applicant);
        tickets.withdraw(defenseId, applicant);
        audit.record("joinlink.revoked", DefenseService.subject(defenseId), Jsonp.createObjectBuilder().build());
        room.fire(new RoomCommand.ShutOut(defenseId, applicant));
    }

    /** A cancelled defense takes its links and passes with it (in the cancelling transaction). */
    void onCancelled(@Observes DefenseCancelled cancelled) {
        access.removeAll(cancelled.defense());
    }

    /** A ticket for the caller: the secretariat, an eligible member, or a join or resume token. */
    @InTransaction
    public Ticket ticket(long defenseId, Caller caller, String joinToken, String resumeToken) {
        Instant now = clock.instant();
        // A token is checked before anything about the defense is told, so that a guessed token
        // gets the same 403 whatever defense it names (an unknown, a closed or a scheduled one).
        Optional<String> byToken = caller.secretary() || caller.member() ? Optional.empty()
                : Optional.of(tokenHolder(defenseId, joinToken, resumeToken, now));
        Defense defense = defense(defenseId);
        refuseIfClosed(defense);
        String participantId = byToken.isPresent() ? byToken.get() : participantFor(defense, caller);
        if (byToken.isPresent() && recusedMember(defense, participantId)) {
            throw forbidden("recused", "You stand down from this defense (recused).");
        }
        boolean byJoinLink = byToken.isPresent() && joinToken != null;
        if (byJoinLink && defense.stage() == DefenseStage.SCHEDULED) {
            throw Refusal.conflict("lobby_not_open",
                    "The secretariat has not opened the waiting room yet; please try again shortly.");
        }
        String ticket = tickets.issue(defenseId, participantId, now);
        return new Ticket(ticket, address.link("/defense.html?d=" + defenseId + "&t=" + ticket),
                now.plus(TicketBook.LIFETIME).atZone(defense.round().zone()).toOffsetDateTime());
    }

    @Override
    @InTransaction
    public Optional<Entry> redeem(long defenseId, String ticket) {
        Instant now = clock.instant();
        Optional<TicketBook.Grant> grant = tickets.redeem(defenseId, ticket, now);
        if (grant.isEmpty()) {
            return Optional.empty();
        }
        return defenses.find(defenseId)
                .filter(defense -> defense.stage() != DefenseStage.CLOSED)
                .filter(defense -> !recusedMember(defense, grant.get().participantId()))
                .flatMap(defense -> entry(defense, grant.get().participantId(), now));
    }

    /** A member who stood down after their ticket or resume token was given comes in no more. */
    private static boolean recusedMember(Defense defense, String participantId) {
        return ParticipantIds.parse(participantId)
                .filter(ref -> ref.kind() == ParticipantIds.Kind.MEMBER)
                .map(ref -> !defense.isEligible(ref.id()))
                .orElse(false);
    }

    /** The participant a join or resume token admits to the defense, or 403 for any other token. */
    private String tokenHolder(long defenseId, String joinToken, String resumeToken, Instant now) {
        if (joinToken != null) {
            return access.joinLink(Tokens.hash(joinToken))
                    .filter(link -> link.opens(defenseId, now))
                    .map(link -> ParticipantIds.of(ParticipantIds.Kind.APPLICANT, link.defense().applicant().id()))
                    .orElseThrow(() -> forbidden("invalid_join_token",
                            "This link is unknown, revoked or expired. Ask the secretariat for a new one."));
        }
        if (resumeToken != null) {
            return access.roomPass(Tokens.hash(resumeToken))
                    .filter(pass -> pass.defense().id() == defenseId)
                    .map(RoomPass::participantId)
                    .orElseThrow(() -> forbidden("invalid_resume_token", "The resume token is not valid here."));
        }
        throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "unauthenticated",
                "Sign in, or bring a join link or resume token.");
    }

    private String participantFor(Defense defense, Caller caller) {
        if (caller.secretary()) {
            UserAccount account = accounts.findByUsername(caller.username()).orElseThrow();
            return ParticipantIds.of(ParticipantIds.Kind.SECRETARY, account.id());
        }
        if (caller.member()) {
            Member member = members.findByUsername(caller.username())
                    .orElseThrow(() -> forbidden("not_on_panel", "You are not a member of this defense's panel."));
            if (defense.panel().members().stream().noneMatch(m -> m.id().equals(member.id()))) {
                throw forbidden("not_on_panel", "You are not a member of this defense's panel.");
            }
            if (!defense.isEligible(member.id())) {
                // Not why: the reason (a shared employer) would narrow down who the applicant is.
                throw forbidden("recused", "You stand down from this defense (recused).");
            }
            return ParticipantIds.of(ParticipantIds.Kind.MEMBER, member.id());
        }
        throw forbidden("forbidden", "You may not enter this defense.");
    }

    private Optional<Entry> entry(Defense defense, String participantId, Instant now) {
        Optional<Participant> participant = participant(defense, participantId);
        if (participant.isEmpty()) {
            return Optional.empty();
        }
        String resumeToken = Tokens.random();
        access.store(new RoomPass(defense, participantId, Tokens.hash(resumeToken), now));
        JsonObject info = Jsonp.createObjectBuilder()
                .add("id", defense.id())
                .add("number", defense.number())
                .add("level", defense.applicant().level().name())
                .add("specialty", defense.applicant().specialty().name())
                .build();
        JsonObject applicant = participant.get().role() == ParticipantRole.SECRETARY
                ? Jsonp.createObjectBuilder().add("name", defense.applicant().name())
                        .add("employer", defense.applicant().employer()).build()
                : null;
        StageMinutes minutes = defense.round().stageMinutes(defense.applicant().level());
        Map<String, Integer> seconds = new LinkedHashMap<>();
        seconds.put("STATEMENT", minutes.statement() * 60);
        seconds.put("QUESTIONS", minutes.questions() * 60);
        seconds.put("VOTING", minutes.voting() * 60);
        return Optional.of(new Entry(participant.get(), resumeToken, info, applicant, defense.stage().forRoom(),
                defense.stageStartedAt(), seconds, defense.applicantGoesStraightIn(),
                turn.serversFor(participantId, turnExpiry(defense, now)), defense.clock(now).forRoom()));
    }

    /**
     * Until when a participant's TURN credentials hold: the defense's length plus the grace, counted
     * from their entry (so a defense opened early or running late keeps its relay); each entry,
     * also a return, brings new ones.
     */
    Instant turnExpiry(Defense defense, Instant entered) {
        return turnExpiry(defense.start(), defense.end(), graceMinutes, entered);
    }

    static Instant turnExpiry(Instant start, Instant end, int graceMinutes, Instant entered) {
        return entered.plus(Duration.between(start, end)).plus(Duration.ofMinutes(graceMinutes));
    }

    /** The participant as others see them: the applicant only as 答辩人 N. */
    private Optional<Participant> participant(Defense defense, String participantId) {
        long defenseId = defense.id();
        return ParticipantIds.parse(participantId).map(ref -> switch (ref.kind()) {
            case SECRETARY -> new Participant(participantId, "秘书处", ParticipantRole.SECRETARY, defenseId);
            case MEMBER -> new Participant(participantId, members.find(ref.id()).map(Member::name).orElse("评委"),
                    ParticipantRole.MEMBER, defenseId);
            case APPLICANT -> new Participant(participantId, "答辩人 " + defense.number(), ParticipantRole.APPLICANT,
                    defenseId);
        });
    }

    private Defense defense(long id) {
        return defenses.find(id).orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + id + "."));
    }

    private static void refuseIfClosed(Defense defense) {
        if (defense.stage() == DefenseStage.CLOSED) {
            throw Refusal.conflict("defense_closed", "The defense is closed.");
        }
    }

    private static Refusal forbidden(String code, String message) {
        return new Refusal(Refusal.Kind.FORBIDDEN, code, message);
    }
}
