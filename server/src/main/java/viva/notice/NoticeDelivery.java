package viva.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import viva.audit.AuditTrail;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.defense.DefenseService;
import viva.json.Jsonp;
import viva.room.RoomAccessService;
import viva.system.InTransaction;
import viva.system.Refusal;

/**
 * One notice in one transaction: a new personal link, the mail, and {@code notice.sent}. When the
 * SMTP server does not take the mail, the transaction is undone, so the applicant's earlier link
 * keeps working; the failure is then recorded in a transaction of its own.
 */
@ApplicationScoped
public class NoticeDelivery {

    /** The mail was not taken; the notice says for whom and why. */
    static class Undelivered extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient Notice notice;

        Undelivered(Notice notice, Throwable cause) {
            super(notice.reason(), cause);
            this.notice = notice;
        }
    }

    @Inject
    DefenseRepository defenses;

    @Inject
    RoomAccessService access;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @InTransaction
    public Notice deliver(long defenseId) {
        Defense defense = defenses.find(defenseId)
                .orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + defenseId + "."));
        mailer.requireConfigured();
        String email = defense.applicant().contact().email();
        if (email == null) {
            throw Refusal.conflict("no_email", "The applicant of defense " + defense.number()
                    + " has no email address; add one, or hand them the printed notice.");
        }
        RoomAccessService.Link link = access.createJoinLink(defenseId);
        JoinNotice notice = JoinNotice.of(new JoinNotice.Facts(defense.round().name(), defense.round().zone(),
                defense.applicant().name(), defense.applicant().specialty().name(), defense.applicant().level().label(),
                defense.number(), defense.start(), defense.end(), link.url(), link.expiresAt().toInstant()));
        try {
            mailer.send(email, notice.subject(), notice.text());
        } catch (Mailer.DeliveryFailed e) {
            throw new Undelivered(notice(defense, email, Notice.Status.FAILED, e.getMessage()), e);
        }
        audit.record("notice.sent", DefenseService.subject(defenseId), Jsonp.createObjectBuilder()
                .add("defenseId", defenseId).add("applicantId", defense.applicant().id()).add("address", email)
                .build());
        return notice(defense, email, Notice.Status.SENT, null);
    }

    /** A failed delivery, kept in the audit trail: never lost silently. */
    @InTransaction
    public void recordFailure(Notice failed) {
        audit.record("notice.failed", DefenseService.subject(failed.defenseId()), Jsonp.createObjectBuilder()
                .add("defenseId", failed.defenseId()).add("applicantId", failed.applicantId())
                .add("address", failed.email()).add("reason", failed.reason())
                .build());
    }

    private Notice notice(Defense defense, String email, Notice.Status status, String reason) {
        return new Notice(defense.id(), defense.number(), defense.applicant().id(), defense.applicant().name(), email,
                status, reason, status == Notice.Status.SENT
                        ? clock.instant().atZone(defense.round().zone()).toOffsetDateTime() : null);
    }
}
