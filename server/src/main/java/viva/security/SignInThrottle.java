package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import viva.audit.AuditTrail;
import viva.json.Jsonp;
import viva.system.DuplicateKey;
import viva.system.Refusal;
import viva.system.Tokens;
import viva.system.web.ErrorBody;

/**
 * Slows down whoever guesses passwords, not the account's owner: failures are counted per user
 * name and client address. The first {@code LIMIT - 1} failures within {@link #WINDOW} answer at
 * once; the {@code LIMIT}th and every further one start a wait of {@link #FIRST_WAIT}, doubling
 * with each further failure up to {@link #LONGEST_WAIT}, during which that address is answered 429
 * with Retry-After for that name, even with the right password. Other addresses are not affected.
 * A streak is forgotten after a success, or {@link #WINDOW} after its last failure or wait ended.
 *
 * <p>Names that do not exist are counted exactly like names that do, so a 429 tells nothing; only
 * the audit trail knows the difference, and it records waits for existing accounts only, at most
 * one per account per wait, so that nobody can fill it by guessing names.
 *
 * <p>The streaks are rows ({@link SignInStreaks}), so that failures made on every node behind a
 * proxy count together; the once-per-wait audit is remembered per node.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration FIRST_WAIT = Duration.ofSeconds(60);
    /** An hour: long enough to make guessing hopeless (a handful per hour), short enough for a typo-prone owner behind the same NAT. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /**
     * Streaks are remembered also for names that do not exist (else the 429 would tell which
     * do); past this many, the expired ones are forgotten.
     */
    static final int PRUNE_ABOVE = 10_000;
    /**
     * The hard bound: if pruning leaves this many (a flood from many addresses), the streaks not
     * waiting are dropped, and if still too many, all. Dropping lets a few guessers start over,
     * which beats letting the memory grow.
     */
    static final int MAX_TRACKED = 50_000;
    private static final Duration PRUNE_EVERY = Duration.ofSeconds(1);

    /** Per existing account, when the wait last audited ends; nothing is audited again before. */
    private final Map<String, Instant> auditedUntil = new ConcurrentHashMap<>();
    private volatile Instant nextPrune = Instant.MIN;

    @Inject
    SignInStreaks streaks;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AccountRepository accounts;

    /** Refuses with 429 while this address waits for this name. */
    public void check(String username, String address) {
        Instant now = clock.instant();
        Instant until = streaks.find(key(username, address)).map(SignInStreak::waitUntil).orElse(Instant.MIN);
        if (until.isAfter(now)) {
            throw tooMany(now, until);
        }
    }

    /**
     * Counts a wrong password; from the {@code LIMIT}th within the window on, answers the wait it
     * starts (429), so that the guesser learns nothing more from this attempt either.
     */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        int tracked = streaks.size();
        if (tracked >= MAX_TRACKED || tracked >= PRUNE_ABOVE && !now.isBefore(nextPrune)) {
            forgetExpired(now);
        }
        Optional<Instant> wait;
        try {
            wait = count(username, address, now);
        } catch (RuntimeException e) {
            if (!DuplicateKey.in(e)) {
                throw e;
            }
            // Another node made this streak's row at the same moment: count again, on that row.
            wait = count(username, address, now);
        }
        if (wait.isEmpty()) {
            return;
        }
        auditWait(UserNames.normalize(username), address == null ? "" : address, now, wait.get());
        throw tooMany(now, wait.get());
    }

    /** Counts the failure on the streak's row; the wait it starts, if it starts one. */
    private Optional<Instant> count(String username, String address, Instant now) {
        return streaks.update(key(username, address), now, old -> old.expired(now, WINDOW), streak -> {
            int recent = streak.fail(now, WINDOW, LIMIT);
            if (streak.waits() == 0 && recent < LIMIT) {
                return Optional.empty();
            }
            return Optional.of(streak.startWait(now.plus(waitAfter(streak.waits() + 1))));
        });
    }

    public void succeeded(String username, String address) {
        streaks.remove(key(username, address));
    }

    /** The n-th wait of a streak: {@link #FIRST_WAIT} doubled n - 1 times, at most {@link #LONGEST_WAIT}. */
    static Duration waitAfter(int waits) {
        if (waits >= 32) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << (waits - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void auditWait(String username, String address, Instant now, Instant until) {
        Instant audited = auditedUntil.get(username);
        if (audited != null && audited.isAfter(now)) {
            return;
        }
        Optional<AccountRepository.SignIn> account = accounts.signIn(username);
        if (account.isEmpty()) {
            return;
        }
        if (auditedUntil.size() >= PRUNE_ABOVE) {
            auditedUntil.values().removeIf(end -> !end.isAfter(now));
        }
        boolean[] first = {false};
        auditedUntil.compute(username, (name, end) -> {
            if (end != null && end.isAfter(now)) {
                return end;
            }
            first[0] = true;
            return until;
        });
        if (!first[0]) {
            return; // another address started a wait for this account at the same moment
        }
        audit.record("system", "session.throttled", "account:" + account.get().username(),
                Jsonp.createObjectBuilder().add("from", address)
                        .add("waitSeconds", Duration.between(now, until).toSeconds()).build());
    }

    private void forgetExpired(Instant now) {
        // At most once a second below the hard bound: a scan on every failure would make each
        // failure cost as much as all the streaks remembered.
        nextPrune = now.plus(PRUNE_EVERY);
        streaks.forgetEndedBefore(now.minus(WINDOW));
        if (streaks.size() >= MAX_TRACKED) {
            streaks.forgetNotWaiting(now);
        }
        if (streaks.size() >= MAX_TRACKED) {
            streaks.clear();
        }
    }

    /** How many name and address pairs have a streak remembered. */
    int tracked() {
        return streaks.size();
    }

    private static Refusal tooMany(Instant now, Instant until) {
        long seconds = Math.max(1, Duration.between(now, until).plusMillis(999).toSeconds());
        return new Refusal(Refusal.Kind.THROTTLED, "too_many_attempts",
                "Too many failed sign-ins from here; try again in " + seconds + " s.",
                Map.of(ErrorBody.RETRY_AFTER_SECONDS, seconds));
    }

    /** The streak's key: the name and address hashed, so that the table holds neither. */
    private static String key(String username, String address) {
        return Tokens.hash(UserNames.normalize(username) + "\n" + (address == null ? "" : address));
    }
}
