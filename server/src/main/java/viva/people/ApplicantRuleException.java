package viva.people;

import viva.system.Refusal;

/** An applicant whose facts contradict each other. */
public class ApplicantRuleException extends Refusal {

    public ApplicantRuleException(String code, String message) {
        super(Refusal.Kind.INVALID, code, message);
    }
}
