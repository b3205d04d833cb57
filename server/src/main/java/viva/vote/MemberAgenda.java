package viva.vote;

import viva.defense.DefenseStage;
import viva.defense.Defense;
import viva.defense.Decision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.system.Refusal;
import viva.system.InTransaction;

/**
 * A member's own defenses: those of the panels they sit on, the applicant shown only as 答辩人 N
 * (blind review), with whether they sit on it and their own vote.
 */
@ApplicationScoped
public class MemberAgenda {

    public record Item(long defenseId, int number, String level, String specialty, String panel,
            OffsetDateTime start, OffsetDateTime end, DefenseStage stage, boolean eligible, boolean voted,
            Decision myVote) {
    }

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Inject
    MemberRepository members;

    @Inject
    VoteRepository votes;

    @InTransaction
    public List<Item> of(String username) {
        Member member = members.findByUsername(username).orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN,
                "not_a_member", "Only committee members have an agenda."));
        List<Defense> defenses = em.createQuery("select d from Defense d join d.panel p join p.members m"
                + " where m.id = :member order by d.start", Defense.class)
                .setParameter("member", member.id()).getResultList();
        return defenses.stream().map(d -> {
            var zone = d.round().zone();
            Vote vote = votes.find(d, member.id()).orElse(null);
            return new Item(d.id(), d.number(), d.applicant().level().name(), d.applicant().specialty().name(),
                    d.panel().name(), d.start().atZone(zone).toOffsetDateTime(),
                    d.end().atZone(zone).toOffsetDateTime(), d.stage(), d.isEligible(member.id()), vote != null,
                    vote == null ? null : vote.decision());
        }).toList();
    }
}
