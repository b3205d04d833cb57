package viva.defense.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import viva.signaling.RoomCommand;
import viva.signaling.RoomEvent;
import viva.system.ClusterNotices;

/**
 * Pushes to the secretariat's dashboards that a defense changed (stage, presence, lobby), so that
 * they refresh without polling. The event says only which defense and what kind of change.
 * Other nodes on the same PostgreSQL hear of each change too ({@link ClusterNotices}), so a
 * dashboard follows changes made on any node.
 */
@ApplicationScoped
public class LiveRounds {

    /** A notice's first word: this is a dashboard's live update. */
    static final String NOTICE = "live";

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    @Inject
    ClusterNotices nodes;

    private record Listener(SseEventSink sink, Sse sse) {
    }

    @PostConstruct
    void joinNodes() {
        nodes.subscribe(words -> {
            if (words.length == 3 && NOTICE.equals(words[0]) && words[1].matches("[a-z]{1,20}") && words[2].matches("\\d{1,18}")) {
                sendAll(words[1], Long.parseLong(words[2]));
            }
        });
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
        sendAll(kind, defenseId);
        nodes.publish(NOTICE, kind, Long.toString(defenseId));
    }

    private void sendAll(String kind, long defenseId) {
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
