package viva.testing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts CDI beans together by hand, for tests without a container. {@link #assemble} makes an
 * instance of a bean class, sets each {@code @Inject} field from the instances provided or
 * assembled before it, sets each {@code @ConfigProperty} field from the value the test gave or
 * else its default, calls its {@code @PostConstruct} methods and keeps it for the beans after
 * it, with what its {@code @Produces} methods make. A field is filled by the one instance
 * assignable to its class; a parameterised field (an {@code Event<RoomCommand>}) only by an
 * instance provided under exactly that type. Anything else a container would do (an injection
 * point nobody provides or two can fill, constructor or method injection, a persistence
 * context) fails the assembly rather than leave a null; interceptors (transactions) are not run.
 */
public final class Assembly {

    private record Bean(Type type, Object instance) {
    }

    private final List<Bean> beans = new ArrayList<>();
    private final Map<String, String> config = new HashMap<>();

    /** An instance the beans may be given wherever its class fits. */
    public Assembly provide(Object instance) {
        beans.add(new Bean(instance.getClass(), instance));
        return this;
    }

    /** An instance given only to fields of exactly this (parameterised) type. */
    public <T> Assembly provide(TypeLiteral<T> type, T instance) {
        beans.add(new Bean(type.getType(), instance));
        return this;
    }

    /** A configuration value, in place of the property's default. */
    public Assembly config(String name, String value) {
        config.put(name, value);
        return this;
    }

    /**
     * A stand-in for a dependency the code under test holds but does not call: any call fails,
     * naming the method, so that a test relying on it learns at once.
     */
    public static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "toString" -> "unused " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(type.getName() + "." + method.getName()
                            + " was called, but was provided as unused");
                }));
    }

    public <T> T assemble(Class<T> type) {
        T bean = instantiate(type);
        List<Class<?>> hierarchy = hierarchy(type);
        for (Class<?> declaring : hierarchy) {
            refuseUnsupportedInjection(declaring);
            for (Field field : declaring.getDeclaredFields()) {
                if (field.isAnnotationPresent(PersistenceContext.class)) {
                    throw new IllegalStateException(where(field) + " needs an EntityManager; assemble without it");
                }
                if (field.isAnnotationPresent(Inject.class)) {
                    ConfigProperty property = field.getAnnotation(ConfigProperty.class);
                    set(bean, field, property != null ? configured(field, property) : dependency(field));
                }
            }
        }
        for (Class<?> declaring : hierarchy) {
            for (Method method : declaring.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PostConstruct.class)) {
                    call(bean, method);
                }
            }
        }
        provide(bean);
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Produces.class)) {
                beans.add(new Bean(method.getGenericReturnType(), call(bean, method)));
            }
        }
        return bean;
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no constructor without parameters", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type.getName() + " failed to construct", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " cannot be constructed", e);
        }
    }

    /** The class and its superclasses, the topmost first, as a container injects them. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            classes.add(c);
        }
        Collections.reverse(classes);
        return classes;
    }

    private static void refuseUnsupportedInjection(Class<?> declaring) {
        List<AnnotatedElement> members = new ArrayList<>(List.of(declaring.getDeclaredConstructors()));
        members.addAll(List.of(declaring.getDeclaredMethods()));
        for (AnnotatedElement member : members) {
            if (member.isAnnotationPresent(Inject.class)) {
                throw new IllegalStateException(declaring.getName() + ": only field injection is assembled, not "
                        + member);
            }
        }
    }

    private Object dependency(Field field) {
        Type wanted = field.getGenericType();
        List<Object> candidates = beans.stream().filter(b -> fits(b, wanted)).map(Bean::instance).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException(where(field) + " (" + wanted.getTypeName() + "): "
                    + (candidates.isEmpty() ? "nothing provided or assembled fits" : "ambiguous, " + candidates));
        }
        return candidates.get(0);
    }

    private static boolean fits(Bean bean, Type wanted) {
        return wanted instanceof Class<?> type ? type.isInstance(bean.instance()) : wanted.equals(bean.type());
    }

    private Object configured(Field field, ConfigProperty property) {
        if (property.name().isEmpty()) {
            throw new IllegalStateException(where(field) + " names no property");
        }
        String value = config.containsKey(property.name()) ? config.get(property.name())
                : ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? null : property.defaultValue();
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class
                && p.getActualTypeArguments()[0] == String.class) {
            return Optional.ofNullable(value);
        }
        if (value == null) {
            throw new IllegalStateException(where(field) + ": " + property.name() + " has no value and no default");
        }
        if (type == String.class) {
            return value;
        } else if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value.strip());
        } else if (type == long.class || type == Long.class) {
            return Long.valueOf(value.strip());
        } else if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(value.strip());
        }
        throw new IllegalStateException(where(field) + ": no conversion to " + type.getTypeName());
    }

    private static void set(Object bean, Field field, Object value) {
        if (Modifier.isFinal(field.getModifiers())) {
            throw new IllegalStateException(where(field) + " is final");
        }
        try {
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where(field), e);
        }
    }

    private static Object call(Object bean, Method method) {
        if (method.getParameterCount() != 0) {
            throw new IllegalStateException(method + ": only methods without parameters are called");
        }
        try {
            method.setAccessible(true);
            return method.invoke(bean);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method.toString(), e);
        }
    }

    private static String where(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
