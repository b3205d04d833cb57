package viva.testing.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import viva.defense.Defense;
import viva.vote.Vote;
import viva.vote.VoteRepository;

/** Votes, one per member and defense as the table's unique key keeps them. */
public final class InMemoryVotes extends Stored<Vote> implements VoteRepository {

    InMemoryVotes(LongSupplier ids) {
        super(ids);
    }

    @Override
    public void store(Vote vote) {
        if (find(vote.defense(), vote.memberId()).isPresent()) {
            throw Unique.violated("UQ_VOTE_DEFENSE_MEMBER");
        }
        super.store(vote);
    }

    @Override
    public Optional<Vote> find(Defense defense, long memberId) {
        return findByDefense(defense).stream().filter(v -> v.memberId() == memberId).findFirst();
    }

    @Override
    public List<Vote> findByDefense(Defense defense) {
        return rows().filter(v -> v.defense().id().equals(defense.id())).sorted(Comparator.comparing(Vote::castAt))
                .toList();
    }
}
