package viva.room;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JoinLinkTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T00:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-12-07T03:30:00Z");

    @Test
    void aLinkWorksUntilItExpires() {
        JoinLink link = new JoinLink(null, "hash", CREATED, EXPIRES);
        assertTrue(link.usableAt(CREATED));
        assertTrue(link.usableAt(EXPIRES.minusSeconds(1)));
        assertFalse(link.usableAt(EXPIRES), "the expiry itself is past the grace period");
        assertFalse(link.usableAt(EXPIRES.plusSeconds(3600)));
    }

    @Test
    void aRevokedLinkNeverWorksAgain() {
        JoinLink link = new JoinLink(null, "hash", CREATED, EXPIRES);
        link.revoke(CREATED.plusSeconds(60));
        assertTrue(link.revoked());
        assertFalse(link.usableAt(CREATED.plusSeconds(120)));
    }
}
