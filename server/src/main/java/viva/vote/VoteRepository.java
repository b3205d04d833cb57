package viva.vote;

import viva.defense.CastVote;
import viva.defense.CastVotes;
import java.util.List;
import java.util.Optional;
import viva.defense.Defense;

/** The stored votes; they are also what a defense's outcome is settled from. */
public interface VoteRepository extends CastVotes {

    @Override
    default List<CastVote> castOn(Defense defense) {
        return findByDefense(defense).stream().map(v -> new CastVote(v.memberId(), v.decision())).toList();
    }


    void store(Vote vote);

    Optional<Vote> find(Defense defense, long memberId);

    List<Vote> findByDefense(Defense defense);
}
