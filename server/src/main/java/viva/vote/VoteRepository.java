package viva.vote;

import java.util.List;
import java.util.Optional;
import viva.defense.Defense;

public interface VoteRepository {

    void store(Vote vote);

    Optional<Vote> find(Defense defense, long memberId);

    List<Vote> findByDefense(Defense defense);
}
