package viva.defense;

import viva.system.Refusal;

/** An action the defense's current stage does not allow. */
public class DefenseStateException extends Refusal {

    public DefenseStateException(String code, String message) {
        super(Refusal.Kind.CONFLICT, code, message);
    }
}
