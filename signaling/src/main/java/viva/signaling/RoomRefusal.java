package viva.signaling;

/** A request from the room that the application refuses; the code goes back in an error message. */
public class RoomRefusal extends Exception {

    private final String code;

    public RoomRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
