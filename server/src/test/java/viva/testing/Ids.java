package viva.testing;

import java.lang.reflect.Field;

/** Gives an entity the id the database would, for tests without one. */
public final class Ids {

    private Ids() {
    }

    public static <T> T assign(T entity, long id) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                // the id is declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no id field");
    }
}
