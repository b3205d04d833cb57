package viva.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one PostgreSQL channel on a connection it keeps for itself, and hands each
 * notification's text on; a lost connection is opened again. Its own class so that PostgreSQL's
 * driver is only loaded where it is the database.
 */
final class PgListener implements Runnable {

    private static final Logger LOG = Logger.getLogger(PgListener.class.getName());
    /** How long one wait for notifications lasts, which bounds how long stopping takes. */
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 1000;

    private final DataSource database;
    private final String channel;
    private final Consumer<String> receiver;
    private volatile boolean running = true;

    PgListener(DataSource database, String channel, Consumer<String> receiver) {
        this.database = database;
        this.channel = channel;
        this.receiver = receiver;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receiver.accept(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "lost the database's notices; listening again in a second", e);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
