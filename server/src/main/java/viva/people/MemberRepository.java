package viva.people;

import java.util.List;
import java.util.Optional;

public interface MemberRepository {

    void store(Member member);

    Optional<Member> find(long id);

    Optional<Member> findByUsername(String username);

    List<Member> findAll();
}
