package viva.room;

/** Who is asking for a way into a room: a signed-in user name and role, or no one. */
public record Caller(String username, boolean secretary, boolean member) {

    public static final Caller NOBODY = new Caller(null, false, false);

    public boolean signedIn() {
        return username != null;
    }
}
