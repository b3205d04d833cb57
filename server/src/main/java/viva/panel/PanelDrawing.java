package viva.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import viva.audit.AuditTrail;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyCodes;
import viva.json.Jsonp;
import viva.people.Employers;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.round.RoundService;
import viva.system.InTransaction;
import viva.system.Values;

/**
 * Draws a panel from the expert pool ({@link PanelDraw}) and creates it as the secretariat would
 * by hand, in one transaction with the audit event {@code panel.drawn} that lets anyone re-run it.
 */
@ApplicationScoped
public class PanelDrawing {

    private static final int SEED_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    @Inject
    PanelService panels;

    @Inject
    MemberRepository members;

    @Inject
    RoundService rounds;

    @Inject
    SpecialtyCodes specialtyCodes;

    @Inject
    AuditTrail audit;

    /** A drawn panel and its draw record. */
    public record Result(Panel panel, PanelDraw.Drawn draw) {
    }

    @InTransaction
    public Result draw(PanelDrawRequest request) {
        rounds.resolve(request.roundId()).refuseChangesOncePublished();
        List<Specialty> specialties = specialtyCodes.resolve("specialtyCodes", request.specialtyCodes());
        Set<Long> excluded = new HashSet<>();
        for (Long id : request.excludeMemberIds() == null ? List.<Long>of() : request.excludeMemberIds()) {
            members.find(id).orElseThrow(
                    () -> Values.invalid("unknown_member", "excludeMemberIds", "no member with id " + id));
            excluded.add(id);
        }
        List<PanelDraw.Candidate> candidates = new ArrayList<>();
        for (Member member : members.findAll()) {
            if (!excluded.contains(member.id()) && coversAny(member, specialties)) {
                candidates.add(new PanelDraw.Candidate(member.id(), Employers.key(member.employer())));
            }
        }
        String seed = request.seed() != null ? request.seed() : newSeed();
        PanelDraw.Drawn drawn = PanelDraw.draw(seed, candidates, request.size());
        Panel panel = panels.create(new NewPanel(request.roundId(), request.name(), request.specialtyCodes(),
                drawn.memberIds(), drawn.chairId()));
        JsonArrayBuilder ids = Jsonp.createArrayBuilder();
        drawn.memberIds().forEach(ids::add);
        JsonArrayBuilder excludedIds = Jsonp.createArrayBuilder();
        excluded.stream().sorted().forEach(excludedIds::add);
        JsonArrayBuilder candidateIds = Jsonp.createArrayBuilder();
        candidates.stream().map(PanelDraw.Candidate::id).sorted().forEach(candidateIds::add);
        JsonArrayBuilder codes = Jsonp.createArrayBuilder();
        specialties.forEach(s -> codes.add(s.code()));
        audit.record("panel.drawn", "panel:" + panel.id(), Jsonp.createObjectBuilder()
                .add("roundId", request.roundId()).add("specialtyCodes", codes).add("size", request.size())
                .add("excludeMemberIds", excludedIds).add("seed", seed).add("candidates", drawn.candidates()).add("candidateIds", candidateIds)
                .add("candidateListSha256", drawn.candidateListSha256()).add("memberIds", ids)
                .add("chairId", drawn.chairId()).build());
        return new Result(panel, drawn);
    }

    private static boolean coversAny(Member member, List<Specialty> specialties) {
        return member.specialties().stream().anyMatch(m -> specialties.stream().anyMatch(s -> s.code().equals(m.code())));
    }

    private String newSeed() {
        byte[] bytes = new byte[SEED_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
