package viva.testing.memory;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import viva.testing.Ids;

/**
 * The rows of one entity type, in the order they were stored; each is given the next id of the
 * shared sequence on store, as the database's id generator gives it on persist. A repository
 * extends it, which gives it its {@code store} and {@code find} by id.
 */
class Stored<T> {

    private final List<T> rows = new CopyOnWriteArrayList<>();
    private final LongSupplier ids;

    Stored(LongSupplier ids) {
        this.ids = ids;
    }

    public void store(T row) {
        if (rows.contains(row)) {
            throw new IllegalStateException(row + " is stored already");
        }
        Ids.assign(row, ids.getAsLong());
        rows.add(row);
    }

    public Optional<T> find(long id) {
        return rows.stream().filter(row -> Objects.equals(read(row, "id"), id)).findFirst();
    }

    public void remove(T row) {
        rows.remove(row);
    }

    Stream<T> rows() {
        return rows.stream();
    }

    /** A field without an accessor (a token's hash), read as the database's query would. */
    static Object read(Object row, String name) {
        for (Class<?> type = row.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(row);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(row.getClass() + " has no field " + name);
    }
}
