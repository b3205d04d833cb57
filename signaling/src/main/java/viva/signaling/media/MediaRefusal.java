package viva.signaling.media;

/** A media message the broker will not act on; the code goes back in an error message. */
public class MediaRefusal extends Exception {

    private final String code;

    public MediaRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
