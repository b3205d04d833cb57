package viva.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import viva.audit.AuditTrail;
import viva.audit.Correction;
import viva.json.Jsonp;
import viva.system.InTransaction;
import viva.system.Values;

/**
 * Corrects an applicant after registration (an applicant who pays the day after the import, a
 * misspelt employer): with a reason, audited with every value before and after, and never so that
 * a booked defense breaks a scheduling rule.
 */
@ApplicationScoped
public class ApplicantCorrections {

    @Inject
    ApplicantService applicants;

    @Inject
    BookedDefenses defenses;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @InTransaction
    public Applicant correct(long id, ApplicantCorrection request) {
        Applicant a = applicants.get(id);
        a.round().refuseChangesOncePublished();
        Correction correction = Correction.because(request.reason());
        Instant now = clock.instant();
        String name = request.name() == null ? a.name() : required("name", request.name());
        String employer = request.employer() == null ? a.employer() : required("employer", request.employer());
        ApplicantStatus status = request.status() == null ? a.status()
                : Values.enumValue("status", ApplicantStatus.class, request.status());
        Instant returnedAt = request.returnedAt() == null ? a.returnedAt()
                : ApplicantFactory.returnedAt(request.returnedAt(), now);
        LocalDate barredUntil = request.barredUntil() == null ? a.barredUntil()
                : ApplicantFactory.barredUntil(request.barredUntil());
        Contact contact = Contact.of(request.email() == null ? a.contact().email() : request.email(),
                request.phone() == null ? a.contact().phone() : request.phone());
        correction.change("name", a.name(), name)
                .change("employer", a.employer(), employer)
                .change("status", a.status(), status)
                .change("returnedAt", a.returnedAt(), returnedAt)
                .change("barredUntil", a.barredUntil(), barredUntil)
                .change("email", a.contact().email(), contact.email())
                .change("phone", a.contact().phone(), contact.phone())
                .refuseIfEmpty();
        List<EligibilityChange> reseated = defenses.correct(a, () -> {
            a.correct(name, employer, status, returnedAt, barredUntil);
            a.reachAt(contact);
        });
        audit.record("applicant.corrected", "applicant:" + a.id(),
                correction.payload(EligibilityChange.addTo(Jsonp.createObjectBuilder().add("roundId", a.round().id()),
                        reseated)));
        return a;
    }

    /** A name or employer may be corrected, never emptied. */
    static String required(String field, String text) {
        if (text.isBlank()) {
            throw Values.invalid(field, "must not be blank");
        }
        return text.strip();
    }
}
