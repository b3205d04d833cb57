package viva.testing.memory;

import java.sql.SQLIntegrityConstraintViolationException;

/** A unique key met, failing the store as the database's flush would: with the SQL exception as the cause. */
final class Unique {

    private Unique() {
    }

    static IllegalStateException violated(String constraint) {
        return new IllegalStateException(new SQLIntegrityConstraintViolationException(
                "The statement would have caused a duplicate key value in " + constraint + ".", "23505"));
    }
}
