package viva.round;

import viva.system.Refusal;

/** A round whose parts do not fit together (an invalid plan, not a conflict with stored data). */
public class RoundRuleException extends Refusal {

    public RoundRuleException(String code, String message) {
        super(Refusal.Kind.INVALID, code, message);
    }
}
