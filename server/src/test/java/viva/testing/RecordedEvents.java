package viva.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@code Event<T>} that keeps what was fired, in order, for the test to read. Nobody observes
 * it: a test that needs an observer's reaction calls the observer itself.
 */
public final class RecordedEvents<T> implements Event<T> {

    private final List<T> fired = new CopyOnWriteArrayList<>();

    @Override
    public void fire(T event) {
        fired.add(event);
    }

    public List<T> fired() {
        return List.copyOf(fired);
    }

    public <U extends T> List<U> fired(Class<U> type) {
        return fired.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("asynchronous events are not recorded");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("asynchronous events are not recorded");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualified events are not recorded");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualified events are not recorded");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualified events are not recorded");
    }
}
