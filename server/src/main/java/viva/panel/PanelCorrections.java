package viva.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import viva.audit.AuditTrail;
import viva.audit.Correction;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyCodes;
import viva.json.Jsonp;
import viva.people.EligibilityChange;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.system.InTransaction;
import viva.system.Values;

/**
 * Corrects a panel's members, chair and specialties while none of its defenses has started: with
 * a reason, audited before and after, its defenses' eligible members recomputed, and never so that
 * one of them breaks a scheduling rule.
 */
@ApplicationScoped
public class PanelCorrections {

    @Inject
    PanelService panels;

    @Inject
    MemberRepository members;

    @Inject
    SpecialtyCodes specialtyCodes;

    @Inject
    PanelDefenses defenses;

    @Inject
    AuditTrail audit;

    @InTransaction
    public Panel correct(long id, PanelCorrection request) {
        Panel panel = panels.get(id);
        panel.round().refuseChangesOncePublished();
        Correction correction = Correction.because(request.reason());
        List<Member> sitting = panel.members();
        if (request.memberIds() != null) {
            sitting = new ArrayList<>();
            for (Long memberId : request.memberIds()) {
                sitting.add(member("memberIds", memberId));
            }
        }
        Member chair = request.chairId() == null ? panel.chair() : member("chairId", request.chairId());
        List<Specialty> specialties = request.specialtyCodes() == null ? panel.specialties()
                : specialtyCodes.resolve("specialtyCodes", request.specialtyCodes());
        correction.change("memberIds", ids(panel.members()), ids(sitting))
                .change("chairId", panel.chair().id(), chair.id())
                .change("specialtyCodes", panel.specialties().stream().map(Specialty::code).toList(),
                        specialties.stream().map(Specialty::code).toList())
                .refuseIfEmpty();
        List<Member> newMembers = sitting;
        List<EligibilityChange> reseated = defenses.correct(panel,
                () -> panel.recompose(specialties, newMembers, chair));
        audit.record("panel.corrected", "panel:" + panel.id(), correction.payload(EligibilityChange.addTo(
                Jsonp.createObjectBuilder().add("roundId", panel.round().id()), reseated)));
        return panel;
    }

    private Member member(String field, long memberId) {
        return members.find(memberId)
                .orElseThrow(() -> Values.invalid("unknown_member", field, "no member with id " + memberId));
    }

    private static List<Long> ids(List<Member> list) {
        return list.stream().map(Member::id).toList();
    }
}
