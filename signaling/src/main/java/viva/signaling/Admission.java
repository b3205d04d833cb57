package viva.signaling;

import java.util.Optional;

/** The application's side of the handshake: turns a single-use ticket into an entry, or refuses. */
public interface Admission {

    Optional<Entry> redeem(long defenseId, String ticket);
}
