package viva.signaling.room;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.EventType;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One message written to a seat because of a frame read from another socket (a relayed offer,
 * answer or candidate, a stage change's copies): the time from the frame's read to the end of
 * this write, so that a recording tells how much of a relay's latency the server spends. Costs
 * nothing but a check when no recording takes it (the event is off outside a JFR recording).
 */
@Name("viva.Relay")
@Label("Room relay")
@Category({"Viva", "Room"})
@Description("A message written because of a frame read from another socket: from that read to the end of the write")
@StackTrace(false)
public final class RelayEvent extends Event {

    private static final EventType TYPE = EventType.getEventType(RelayEvent.class);
    /** When the frame being handled on this thread was read, while it is handled; 0 otherwise. */
    private static final ThreadLocal<long[]> READ = ThreadLocal.withInitial(() -> new long[1]);

    @Label("Type of the message written")
    String type;

    @Label("From the read to the end of the write")
    @Timespan(Timespan.NANOSECONDS)
    long sinceRead;

    @Label("Waiting to be written")
    @Timespan(Timespan.NANOSECONDS)
    long queued;

    /** Marks the frame whose handling starts now on this thread; 0 when no recording takes the event. */
    static long read() {
        long now = TYPE.isEnabled() ? System.nanoTime() : 0;
        READ.get()[0] = now;
        return now;
    }

    static void handled() {
        READ.get()[0] = 0;
    }

    /** The read this thread is handling, or 0: taken by a send to time its write. */
    static long pendingRead() {
        return TYPE.isEnabled() ? READ.get()[0] : 0;
    }

    /** Records a write that {@code readAt} caused, queued at {@code submittedAt}, as it ends. */
    static void written(String type, long readAt, long submittedAt, long writeStarted) {
        long end = System.nanoTime();
        RelayEvent e = new RelayEvent();
        if (!e.shouldCommit()) {
            return;
        }
        e.type = type;
        e.sinceRead = end - readAt;
        e.queued = writeStarted - submittedAt;
        e.commit();
    }
}
