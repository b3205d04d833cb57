package viva.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The sign-in throttle's streaks, shared by every node. */
public interface SignInStreaks {

    Optional<SignInStreak> find(String key);

    /**
     * Applies {@code change} to the streak (a new one when there is none or {@code fresh} says the
     * old one is over) in one transaction, with the streak locked against every other node.
     */
    <T> T update(String key, Instant now, Predicate<SignInStreak> fresh, Function<SignInStreak, T> change);

    void remove(String key);

    int size();

    /** Forgets the streaks whose last failure and wait both ended before {@code before}. */
    void forgetEndedBefore(Instant before);

    /** Forgets the streaks not waiting at {@code now}. */
    void forgetNotWaiting(Instant now);

    void clear();
}
