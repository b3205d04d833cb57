package viva.defense;

import java.util.List;

/** The votes stored for a defense (kept by the vote package, read here to settle the outcome). */
public interface CastVotes {

    List<CastVote> castOn(Defense defense);
}
