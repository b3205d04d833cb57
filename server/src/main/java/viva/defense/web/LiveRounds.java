package viva.defense.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import viva.signaling.RoomCommand;
import viva.signaling.RoomEvent;

/**
 * Pushes to the secretariat's dashboards that a defense changed (stage, presence, lobby), so that
 * they refresh without polling. The event says only which defense and what kind of change.
 */
@ApplicationScoped
public class LiveRounds {

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    private record Listener(SseEventSink sink, Sse sse) {
    }

    public void listen(SseEventSink sink, Sse sse) {
        listeners.add(new Listener(sink, sse));
        send(new Listener(sink, sse), "hello", 0);
    }

    void onStage(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.StageChanged command) {
        publish("stage", command.defenseId());
    }

    void onAdmit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.Admit command) {
        publish("admitted", command.defenseId());
    }

    void onRoom(@ObservesAsync RoomEvent event) {
        publish("presence", event.participant().defenseId());
    }

    private void publish(String kind, long defenseId) {
        for (Listener listener : listeners) {
            send(listener, kind, defenseId);
        }
    }

    private void send(Listener listener, String kind, long defenseId) {
        if (listener.sink().isClosed()) {
            listeners.remove(listener);
            return;
        }
        OutboundSseEvent event = listener.sse().newEventBuilder().name(kind)
                .data("{\"defenseId\":" + defenseId + "}").build();
        listener.sink().send(event).exceptionally(failure -> {
            listeners.remove(listener);
            listener.sink().close();
            return null;
        });
    }
}
