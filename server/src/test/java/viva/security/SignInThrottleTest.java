package viva.security;

import viva.system.Roles;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import viva.system.Refusal;
import viva.system.web.ErrorBody;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");
    private static final String GUESSER = "198.51.100.7";
    private static final String OWNER = "203.0.113.9";

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final RecordedAudit audit = new RecordedAudit();
    private final SignInThrottle throttle = new SignInThrottle();

    SignInThrottleTest() {
        throttle.clock = Clock.fixed(T0, ZoneOffset.UTC);
        throttle.audit = audit;
        throttle.accounts = accounts;
        throttle.streaks = new InMemorySignInStreaks();
        accounts.store(new UserAccount("zhang.wei", "hash", Roles.MEMBER, T0));
    }

    private void at(Instant now) {
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    /** The failures that answer at once, before the one that starts a wait. */
    private void failFreely(String username, String address) {
        for (int i = 0; i < SignInThrottle.LIMIT - 1; i++) {
            throttle.failed(username, address);
        }
    }

    private static long retryAfter(Refusal refusal) {
        assertEquals(Refusal.Kind.THROTTLED, refusal.kind());
        assertEquals("too_many_attempts", refusal.code());
        return ((Number) refusal.details().get(ErrorBody.RETRY_AFTER_SECONDS)).longValue();
    }

    private long waitStartedByFailure(String username, String address) {
        return retryAfter(assertThrows(Refusal.class, () -> throttle.failed(username, address)));
    }

    @Test
    void fourFailuresStillLetTheNextAttemptThrough() {
        failFreely("Zhang.Wei", GUESSER);
        assertDoesNotThrow(() -> throttle.check("zhang.wei", GUESSER));
    }

    @Test
    void theFifthFailureMakesThatAddressWaitForThatNameOnly() {
        failFreely("zhang.wei", GUESSER);
        assertEquals(60, waitStartedByFailure("zhang.wei", GUESSER));

        assertEquals(60, retryAfter(assertThrows(Refusal.class, () -> throttle.check(" ZHANG.WEI ", GUESSER))),
                "any spelling of the name waits, even with the right password");
        assertDoesNotThrow(() -> throttle.check("zhang.wei", OWNER), "the owner elsewhere is not locked out");
        assertDoesNotThrow(() -> throttle.check("li.na", GUESSER), "other names from the guesser are not held");
    }

    @Test
    void eachFailureAfterAWaitDoublesTheNextUpToAnHour() {
        failFreely("zhang.wei", GUESSER);
        Instant now = T0;
        long expected = 60;
        for (int i = 0; i < 9; i++) {
            long wait = waitStartedByFailure("zhang.wei", GUESSER);
            assertEquals(Math.min(expected, SignInThrottle.LONGEST_WAIT.toSeconds()), wait, "wait " + (i + 1));
            now = now.plusSeconds(wait);
            at(now);
            assertDoesNotThrow(() -> throttle.check("zhang.wei", GUESSER), "the wait is over");
            expected *= 2;
        }
        assertEquals(3600, SignInThrottle.LONGEST_WAIT.toSeconds());
    }

    @Test
    void theRemainingWaitIsWhatRetryAfterSays() {
        failFreely("zhang.wei", GUESSER);
        waitStartedByFailure("zhang.wei", GUESSER);
        at(T0.plusSeconds(45).plusMillis(300));
        assertEquals(15, retryAfter(assertThrows(Refusal.class, () -> throttle.check("zhang.wei", GUESSER))));
    }

    @Test
    void aStreakIsForgottenAWindowAfterItsWaitEnded() {
        failFreely("zhang.wei", GUESSER);
        waitStartedByFailure("zhang.wei", GUESSER);
        at(T0.plus(SignInThrottle.FIRST_WAIT).plus(SignInThrottle.WINDOW));
        failFreely("zhang.wei", GUESSER);
        assertDoesNotThrow(() -> throttle.check("zhang.wei", GUESSER), "four failures answer at once again");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failFreely("zhang.wei", GUESSER);
        at(T0.plus(SignInThrottle.WINDOW));
        assertDoesNotThrow(() -> throttle.failed("zhang.wei", GUESSER), "the fifth, but the others have aged out");
    }

    @Test
    void aStreakRowThatAnotherNodeMadeAtTheSameMomentStillCountsTheFailure() {
        InMemorySignInStreaks rows = new InMemorySignInStreaks();
        boolean[] raced = {false};
        throttle.streaks = new InMemorySignInStreaks() {
            @Override
            public <T> T update(String key, Instant now, Predicate<SignInStreak> fresh,
                    Function<SignInStreak, T> change) {
                if (!raced[0]) {
                    raced[0] = true;
                    throw new IllegalStateException("commit failed",
                            new SQLIntegrityConstraintViolationException("duplicate key"));
                }
                return rows.update(key, now, fresh, change);
            }

            @Override
            public Optional<SignInStreak> find(String key) {
                return rows.find(key);
            }
        };
        failFreely("zhang.wei", GUESSER);
        assertEquals(60, waitStartedByFailure("zhang.wei", GUESSER), "all five failures counted");
    }

    @Test
    void aSuccessEndsTheStreak() {
        failFreely("zhang.wei", OWNER);
        throttle.succeeded("Zhang.Wei", OWNER);
        failFreely("zhang.wei", OWNER);
        assertDoesNotThrow(() -> throttle.check("zhang.wei", OWNER));
    }

    @Test
    void namesThatDoNotExistWaitAlikeButAreNeverAudited() {
        failFreely("nobody", GUESSER);
        assertEquals(60, waitStartedByFailure("nobody", GUESSER));
        at(T0.plusSeconds(60));
        assertEquals(120, waitStartedByFailure("nobody", GUESSER));
        assertEquals(0, audit.events.size());
    }

    @Test
    void anExistingAccountIsAuditedOncePerWaitWhoeverGuesses() {
        failFreely("zhang.wei", GUESSER);
        waitStartedByFailure("zhang.wei", GUESSER);
        failFreely("zhang.wei", "198.51.100.8");
        waitStartedByFailure("ZHANG.WEI", "198.51.100.8");
        assertEquals(1, audit.count("session.throttled"), "a second address inside the same wait adds no row");
        RecordedAudit.Event event = audit.events.get(0);
        assertEquals("account:zhang.wei", event.subject());
        assertEquals(GUESSER, event.payload().getString("from"));

        at(T0.plusSeconds(60));
        waitStartedByFailure("zhang.wei", GUESSER);
        assertEquals(2, audit.count("session.throttled"), "the next wait is audited once more");
    }

    @Test
    void guessingManyNamesForgetsTheExpiredOnesButKeepsRecentFailures() {
        for (int i = 0; i < SignInThrottle.PRUNE_ABOVE; i++) {
            throttle.failed("guess" + i, GUESSER);
        }
        assertEquals(SignInThrottle.PRUNE_ABOVE, throttle.tracked());

        at(T0.plus(SignInThrottle.WINDOW).minusSeconds(5));
        throttle.failed("recent", GUESSER);
        assertEquals(SignInThrottle.PRUNE_ABOVE + 1, throttle.tracked(), "nothing has expired yet");

        at(T0.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1)));
        throttle.failed("another", GUESSER);
        assertEquals(2, throttle.tracked(), "only the names with failures inside the window remain");
    }

    @Test
    void aFloodFromManyAddressesStaysBoundedAndKeepsTheWaits() {
        failFreely("zhang.wei", GUESSER);
        waitStartedByFailure("zhang.wei", GUESSER);
        for (int i = 0; i < SignInThrottle.MAX_TRACKED + 10; i++) {
            throttle.failed("zhang.wei", "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF));
        }
        assertTrue(throttle.tracked() <= SignInThrottle.MAX_TRACKED, "tracked " + throttle.tracked());
        assertThrows(Refusal.class, () -> throttle.check("zhang.wei", GUESSER), "a wait is kept");
    }
}
