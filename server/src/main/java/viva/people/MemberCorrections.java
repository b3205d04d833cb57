package viva.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import viva.audit.AuditTrail;
import viva.audit.Correction;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyCodes;
import viva.json.Jsonp;
import viva.security.AccountService;
import viva.system.InTransaction;

/**
 * Corrects an expert (name, employer, specialties) and resets their account's password: with a
 * reason, audited before and after (a password only as reset), and never so that a booked
 * defense breaks a scheduling rule.
 */
@ApplicationScoped
public class MemberCorrections {

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @Inject
    SpecialtyCodes specialtyCodes;

    @Inject
    BookedDefenses defenses;

    @Inject
    AuditTrail audit;

    @InTransaction
    public Member correct(long id, MemberCorrection request) {
        Member m = members.get(id);
        Correction correction = Correction.because(request.reason());
        String name = request.name() == null ? m.name() : ApplicantCorrections.required("name", request.name());
        String employer = request.employer() == null ? m.employer()
                : ApplicantCorrections.required("employer", request.employer());
        List<Specialty> specialties = request.specialtyCodes() == null ? m.specialties()
                : specialtyCodes.resolve("specialtyCodes", request.specialtyCodes());
        correction.change("name", m.name(), name)
                .change("employer", m.employer(), employer)
                .change("specialtyCodes", codes(m.specialties()), codes(specialties));
        if (request.password() != null) {
            // Checked before anything changes; it touches no defense, so a started one does not stop it.
            accounts.resetPassword(m.account(), request.password());
            correction.secret("password");
        }
        correction.refuseIfEmpty();
        List<EligibilityChange> reseated = List.of();
        if (correction.changes("name") || correction.changes("employer") || correction.changes("specialtyCodes")) {
            reseated = defenses.correct(m, () -> m.correct(name, employer, specialties));
        }
        audit.record("member.corrected", "member:" + m.id(), correction.payload(EligibilityChange.addTo(
                Jsonp.createObjectBuilder().add("username", m.account().username()), reseated)));
        return m;
    }

    private static List<String> codes(List<Specialty> specialties) {
        return specialties.stream().map(Specialty::code).toList();
    }
}
