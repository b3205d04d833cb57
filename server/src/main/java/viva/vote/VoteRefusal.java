package viva.vote;


import viva.system.Refusal;

/** A vote that may not be cast: not eligible (forbidden), wrong stage or a second vote (conflict), no reason (invalid),
 * an idempotency key reused for another vote (contradicts an earlier request). */
public class VoteRefusal extends Refusal {

    public VoteRefusal(Refusal.Kind kind, String code, String message) {
        super(kind, code, message);
    }
}
