package viva.people;

/** Why an applicant is not to be scheduled for a defense (notice, sections 三, 四.14, 五, 六). */
public enum Ineligibility {
    NOT_REQUIRED("only senior and deputy-senior applicants have a defense"),
    FEE_NOT_PAID("the committee has not received the materials and the fee"),
    RETURNED("the materials were returned and are awaiting correction"),
    RETURN_EXPIRED("the materials were returned more than 2 days ago and count as given up"),
    WITHDRAWN("the application was withdrawn"),
    BARRED("an integrity record bars the applicant during this round");

    private final String description;

    Ineligibility(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
