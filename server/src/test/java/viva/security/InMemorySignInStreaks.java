package viva.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** The streaks in a map, each update under the map's lock as the row lock would order it. */
class InMemorySignInStreaks implements SignInStreaks {

    private final Map<String, SignInStreak> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<SignInStreak> find(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public synchronized <T> T update(String key, Instant now, Predicate<SignInStreak> fresh,
            Function<SignInStreak, T> change) {
        SignInStreak streak = rows.compute(key, (k, old) -> old == null || fresh.test(old) ? new SignInStreak(k, now) : old);
        return change.apply(streak);
    }

    @Override
    public void remove(String key) {
        rows.remove(key);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public void forgetEndedBefore(Instant before) {
        rows.values().removeIf(s -> !s.lastFailureOrWait().isAfter(before));
    }

    @Override
    public void forgetNotWaiting(Instant now) {
        rows.values().removeIf(s -> !s.waiting(now));
    }

    @Override
    public void clear() {
        rows.clear();
    }
}
