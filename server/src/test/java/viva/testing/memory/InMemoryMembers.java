package viva.testing.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import viva.people.Member;
import viva.people.MemberRepository;

public final class InMemoryMembers extends Stored<Member> implements MemberRepository {

    InMemoryMembers(LongSupplier ids) {
        super(ids);
    }

    @Override
    public Optional<Member> findByUsername(String username) {
        return rows().filter(m -> m.account().username().equals(username)).findFirst();
    }

    @Override
    public List<Member> findAll() {
        return rows().sorted(Comparator.comparing(Member::id)).toList();
    }
}
