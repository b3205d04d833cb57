package viva.people;

import java.util.List;
import java.util.Optional;

public interface MemberRepository {

    void store(Member member);

    Optional<Member> find(long id);

    Optional<Member> findByUsername(String username);

    /** The id of the member signing in with this user name, without loading the member. */
    default Optional<Long> idByUsername(String username) {
        return findByUsername(username).map(Member::id);
    }

    List<Member> findAll();
}
