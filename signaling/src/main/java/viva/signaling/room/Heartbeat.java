package viva.signaling.room;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Pings every socket every 10 s and drops one that has not answered for 30 s. */
@ApplicationScoped
public class Heartbeat {

    static final Duration EVERY = Duration.ofSeconds(10);
    static final Duration DEAD_AFTER = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RoomRegistry rooms;

    @Inject
    Clock clock;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        task = scheduler.scheduleAtFixedRate(this::beat, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void beat() {
        Instant now = clock.instant();
        for (Room room : rooms.rooms()) {
            for (Seat seat : room.all()) {
                if (seat.lastPong().plus(DEAD_AFTER).isBefore(now)) {
                    seat.close(CloseCodes.SILENT, "no answer to pings");
                    continue;
                }
                seat.ping();
            }
        }
    }
}
