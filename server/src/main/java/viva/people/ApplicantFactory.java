package viva.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyRepository;
import viva.catalog.TitleLevel;
import viva.round.EvaluationRound;
import viva.system.PlainText;
import viva.system.Values;

/** Turns a request (JSON or a CSV line) into an applicant, or says exactly what is wrong with it. */
@ApplicationScoped
public class ApplicantFactory {

    @Inject
    SpecialtyRepository specialties;

    @Inject
    Clock clock;

    public Applicant create(NewApplicant r, EvaluationRound round) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, round.zone());
        // A CSV line comes here without the JSON binding's check of every text.
        PlainText.check("name", r.name());
        PlainText.check("employer", r.employer());
        Optional<String> idProblem = IdNumber.problem(r.idNumber(), today);
        if (idProblem.isPresent()) {
            throw Values.invalid("invalid_id_number", "idNumber", idProblem.get());
        }
        IdNumber idNumber = IdNumber.parse(r.idNumber(), today);
        Gender gender = Values.enumValue("gender", Gender.class, r.gender());
        Specialty specialty = specialties.findByCodeOrName(r.specialtyCode())
                .orElseThrow(() -> Values.invalid("unknown_specialty", "specialtyCode",
                        "no specialty \"" + Values.clip(r.specialtyCode()) + "\" in the catalogue"));
        TitleLevel level = Values.enumValue("level", TitleLevel.class, r.level());
        ApplicantStatus status = Values.enumValue("status", ApplicantStatus.class, r.status());
        Instant returnedAt = returnedAt(r.returnedAt(), now);
        LocalDate barredUntil = barredUntil(r.barredUntil());
        Contact contact = Contact.of(r.email(), r.phone());
        Applicant applicant = new Applicant(round, r.name().strip(), idNumber, gender, r.employer().strip(), specialty,
                level, status, returnedAt, barredUntil, now);
        applicant.reachAt(contact);
        return applicant;
    }

    /** The time materials were returned: none when blank, never in the future. */
    static Instant returnedAt(String text, Instant now) {
        Instant returnedAt = blank(text) ? null : Values.dateTime("returnedAt", text).toInstant();
        if (returnedAt != null && returnedAt.isAfter(now)) {
            throw Values.invalid("returnedAt", "lies in the future");
        }
        return returnedAt;
    }

    /** The last day of an integrity bar: none when blank. */
    static LocalDate barredUntil(String text) {
        return blank(text) ? null : Values.date("barredUntil", text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
