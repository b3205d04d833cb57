package viva.system;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short notices from one node to the others that share its PostgreSQL, through the database's own
 * LISTEN/NOTIFY: the dashboards' live updates follow a change made on any node. A notice is sent
 * after the change committed, on a connection of its own, and carries the sending node's name, so
 * that a node skips its own (it told its own listeners already). On embedded Derby there is one
 * node and nothing is sent.
 */
@ApplicationScoped
public class ClusterNotices {

    /** The one channel Viva listens on; the notice's first word says what it is about. */
    static final String CHANNEL = "viva_notices";

    private static final Logger LOG = Logger.getLogger(ClusterNotices.class.getName());

    @Resource(lookup = "jdbc/vivaNotices")
    DataSource database;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    NodeIdentity node;

    @Inject
    @ConfigProperty(name = "viva.db.url")
    Optional<String> databaseUrl;

    private final List<Consumer<String[]>> subscribers = new CopyOnWriteArrayList<>();
    private volatile PgListener listener;

    /** Whether there are other nodes to tell: the database is PostgreSQL. */
    public boolean shared() {
        return databaseUrl.map(String::strip).filter(url -> url.startsWith("jdbc:postgresql:")).isPresent();
    }

    /** Tells the other nodes; {@code words} must not hold a '|'. Failing to tell only loses a live update. */
    public void publish(String... words) {
        if (!shared()) {
            return;
        }
        String text = node.name() + "|" + String.join("|", words);
        try (Connection connection = database.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, text);
            notify.execute();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not tell the other nodes: " + text, e);
        }
    }

    /** Calls {@code subscriber} with the words of every notice another node publishes. */
    public synchronized void subscribe(Consumer<String[]> subscriber) {
        subscribers.add(subscriber);
        if (shared() && listener == null) {
            listener = new PgListener(database, CHANNEL, this::deliver);
            threads.newThread(listener).start();
        }
    }

    private void deliver(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length < 2 || parts[0].equals(node.name())) {
            return;
        }
        String[] words = java.util.Arrays.copyOfRange(parts, 1, parts.length);
        for (Consumer<String[]> subscriber : subscribers) {
            try {
                subscriber.accept(words);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a notice's subscriber failed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        PgListener running = listener;
        if (running != null) {
            running.stop();
        }
    }
}
