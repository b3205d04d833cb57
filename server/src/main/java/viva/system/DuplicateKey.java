package viva.system;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failure is the database refusing a second row for a unique key: two requests raced
 * past the same check and the key decided. Derby throws {@link SQLIntegrityConstraintViolationException};
 * PostgreSQL's driver throws a plain {@link SQLException} whose SQLState is of class 23
 * (integrity constraint violation, 23505 for a unique key).
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    /** True when {@code e} or one of its causes is an integrity constraint violation. */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
