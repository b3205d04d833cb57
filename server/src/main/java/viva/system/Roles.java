package viva.system;

/** The roles of signed-in users; the applicant has none and acts only through a join link. */
public final class Roles {

    public static final String SECRETARY = "SECRETARY";
    public static final String MEMBER = "MEMBER";

    private Roles() {
    }
}
