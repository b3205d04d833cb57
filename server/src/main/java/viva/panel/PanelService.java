package viva.panel;

import viva.audit.AuditTrail;
import jakarta.json.JsonArrayBuilder;
import viva.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.system.InTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyCodes;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.round.EvaluationRound;
import viva.round.RoundService;
import viva.system.Refusal;
import viva.system.Values;

@ApplicationScoped
public class PanelService {

    @Inject
    PanelRepository panels;

    @Inject
    MemberRepository members;

    @Inject
    RoundService rounds;

    @Inject
    SpecialtyCodes specialtyCodes;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @InTransaction
    public Panel create(NewPanel request) {
        EvaluationRound round = rounds.resolve(request.roundId());
        round.refuseChangesOncePublished();
        String name = request.name().strip();
        List<Specialty> specialties = specialtyCodes.resolve("specialtyCodes", request.specialtyCodes());
        List<Member> panelMembers = new ArrayList<>();
        for (Long id : request.memberIds()) {
            panelMembers.add(member("memberIds", id));
        }
        Member chair = member("chairId", request.chairId());
        Panel panel = new Panel(round, name, specialties, panelMembers, chair, clock.instant());
        if (panels.nameTaken(round, name)) {
            throw Refusal.conflict("duplicate_panel_name", "The round already has a panel named \"" + name + "\".");
        }
        panels.store(panel);
        JsonArrayBuilder ids = Jsonp.createArrayBuilder();
        panelMembers.forEach(m -> ids.add(m.id()));
        audit.record("panel.created", "panel:" + panel.id(), Jsonp.createObjectBuilder()
                .add("roundId", round.id()).add("name", name).add("memberIds", ids).add("chairId", chair.id())
                .build());
        return panel;
    }

    public List<Panel> list(Long roundId) {
        return panels.findByRound(rounds.resolve(roundId));
    }

    public Panel get(long id) {
        return panels.find(id).orElseThrow(() -> Refusal.notFound("panel_not_found", "No panel " + id + "."));
    }

    private Member member(String field, long id) {
        return members.find(id)
                .orElseThrow(() -> Values.invalid("unknown_member", field, "no member with id " + id));
    }
}
