package viva.people;

import viva.audit.AuditTrail;
import viva.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.system.InTransaction;
import java.time.Clock;
import java.util.List;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyCodes;
import viva.security.AccountService;
import viva.system.Roles;
import viva.security.UserAccount;
import viva.system.Refusal;

@ApplicationScoped
public class MemberService {

    @Inject
    MemberRepository members;

    @Inject
    AccountService accounts;

    @Inject
    SpecialtyCodes specialtyCodes;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Creates the expert together with their sign-in account, or neither. */
    @InTransaction
    public Member create(NewMember request) {
        List<Specialty> specialties = specialtyCodes.resolve("specialtyCodes", request.specialtyCodes());
        UserAccount account = accounts.create(request.username(), request.password(), Roles.MEMBER);
        Member member = new Member(request.name().strip(), request.employer().strip(), specialties, account,
                clock.instant());
        members.store(member);
        audit.record("member.created", "member:" + member.id(), Jsonp.createObjectBuilder()
                .add("name", member.name()).add("username", account.username()).build());
        return member;
    }

    public List<Member> all() {
        return members.findAll();
    }

    public Member get(long id) {
        return members.find(id).orElseThrow(() -> Refusal.notFound("member_not_found", "No member " + id + "."));
    }
}
