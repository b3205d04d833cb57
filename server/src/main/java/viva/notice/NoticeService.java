package viva.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.defense.DefenseStage;
import viva.round.EvaluationRound;
import viva.round.RoundService;
import viva.system.Refusal;

/**
 * Emails applicants their join notice (答辩通知), one defense at a time or all of a day's. Each
 * notice makes a new personal link, which replaces the earlier one for entering, as the printed
 * notice does. What became of each is answered and audited (notice.sent, notice.failed).
 */
@ApplicationScoped
public class NoticeService {

    /** A day's notices: how many were sent, failed and had no address, and each one. */
    public record DayNotices(long roundId, LocalDate date, int sent, int failed, int noEmail, List<Notice> notices) {
    }

    @Inject
    NoticeDelivery delivery;

    @Inject
    RoundService rounds;

    @Inject
    DefenseRepository defenses;

    @Inject
    Mailer mailer;

    /** The defense's notice; a delivery that failed is answered (and audited), not thrown. */
    public Notice send(long defenseId) {
        try {
            return delivery.deliver(defenseId);
        } catch (NoticeDelivery.Undelivered e) {
            delivery.recordFailure(e.notice);
            return e.notice;
        }
    }

    /** Every defense of the round on that day (in its zone) that has not closed, in time order. */
    public DayNotices sendDay(long roundId, LocalDate date) {
        EvaluationRound round = rounds.get(roundId);
        mailer.requireConfigured();
        List<Defense> day = defenses.findByRound(round).stream()
                .filter(d -> d.stage() != DefenseStage.CLOSED)
                .filter(d -> d.start().atZone(round.zone()).toLocalDate().equals(date))
                .sorted(Comparator.comparing(Defense::start).thenComparing(Defense::number))
                .toList();
        List<Notice> notices = new ArrayList<>();
        for (Defense defense : day) {
            try {
                notices.add(send(defense.id()));
            } catch (Refusal refusal) {
                // No address, or the defense closed or went meanwhile: said for this applicant only.
                Notice.Status status = refusal.code().equals("no_email") ? Notice.Status.NO_EMAIL : Notice.Status.FAILED;
                notices.add(new Notice(defense.id(), defense.number(), defense.applicant().id(),
                        defense.applicant().name(), defense.applicant().contact().email(), status,
                        status == Notice.Status.NO_EMAIL ? "the applicant has no email address"
                                : refusal.code() + ": " + refusal.getMessage(),
                        null));
            }
        }
        return new DayNotices(round.id(), date, count(notices, Notice.Status.SENT),
                count(notices, Notice.Status.FAILED), count(notices, Notice.Status.NO_EMAIL), notices);
    }

    private static int count(List<Notice> notices, Notice.Status status) {
        return (int) notices.stream().filter(n -> n.status() == status).count();
    }
}
