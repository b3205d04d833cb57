package viva.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import viva.system.Roles;

class SessionBookTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    /** The rows by their hash, as the table keeps them. */
    private static final class Rows implements BrowserSessionRepository {
        final Map<String, BrowserSession> byHash = new HashMap<>();

        @Override
        public void store(BrowserSession session) {
            byHash.put(session.tokenHash(), session);
        }

        @Override
        public Optional<BrowserSession> find(String tokenHash) {
            return Optional.ofNullable(byHash.get(tokenHash));
        }

        @Override
        public void remove(String tokenHash) {
            byHash.remove(tokenHash);
        }

        @Override
        public void removeIdleSince(Instant before) {
            byHash.values().removeIf(s -> s.lastSeenAt().isBefore(before));
        }
    }

    private final Rows rows = new Rows();
    private final SessionBook book = new SessionBook();

    SessionBookTest() {
        book.sessions = rows;
        at(T0);
    }

    private void at(Instant now) {
        book.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void aSessionIsFoundByItsCookieAndKeptOnlyAsTheCookiesHash() {
        SessionBook.Opened opened = book.open("secretary", Roles.SECRETARY);
        BrowserSession found = book.find(opened.token()).orElseThrow();
        assertEquals("secretary", found.username());
        assertEquals(Roles.SECRETARY, found.role());
        assertEquals(opened.session().csrfToken(), found.csrfToken());
        assertTrue(rows.byHash.keySet().stream().noneMatch(opened.token()::equals), "the cookie itself is not stored");
        assertTrue(book.find("guessed").isEmpty());
    }

    @Test
    void eachSignInMakesANewSessionWithItsOwnCsrfToken() {
        SessionBook.Opened first = book.open("secretary", Roles.SECRETARY);
        SessionBook.Opened second = book.open("secretary", Roles.SECRETARY);
        assertNotEquals(first.token(), second.token());
        assertNotEquals(first.session().csrfToken(), second.session().csrfToken());
    }

    @Test
    void aSessionEndsWhenClosedOrAfterEightHoursWithoutARequest() {
        SessionBook.Opened used = book.open("zhang.wei", Roles.MEMBER);
        SessionBook.Opened idle = book.open("li.na", Roles.MEMBER);
        for (int hour = 1; hour <= 10; hour++) {
            at(T0.plus(SessionBook.IDLE.dividedBy(8).multipliedBy(hour)));
            assertTrue(book.find(used.token()).isPresent(), "a session in use lives on, hour " + hour);
        }
        assertTrue(book.find(idle.token()).isEmpty(), "eight hours idle");

        book.close(used.token());
        assertTrue(book.find(used.token()).isEmpty(), "signed out");
    }
}
