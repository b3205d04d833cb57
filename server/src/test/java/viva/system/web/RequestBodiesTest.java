package viva.system.web;

import viva.system.Refusal;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JSON-B hands a custom deserializer only the boxed types it was registered for: a primitive int
 * or long in a request body would be narrowed as before ({@link WholeNumbers}). Every body that a
 * resource method takes is therefore checked here for primitive and floating-point numbers.
 */
class RequestBodiesTest {

    private static final Set<Class<?>> UNCHECKED = Set.of(int.class, long.class, short.class, byte.class,
            double.class, float.class, Double.class, Float.class, java.math.BigDecimal.class,
            java.math.BigInteger.class);

    @Test
    void everyNumberInARequestBodyIsAWholeNumberTypeThatIsChecked() throws Exception {
        List<String> found = new ArrayList<>();
        int bodies = 0;
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations()).noneMatch(a -> a.annotationType().isAnnotationPresent(
                        HttpMethod.class))) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (isEntity(parameter)) {
                        bodies++;
                        check(parameter.getParameterizedType(), resource.getSimpleName() + "." + method.getName(),
                                found, new HashSet<>());
                    }
                }
            }
        }
        assertTrue(bodies >= 10, "only " + bodies + " request bodies were found");
        assertTrue(found.isEmpty(), "numbers JSON-B would narrow unchecked: " + found);
    }

    private static boolean isEntity(Parameter parameter) {
        for (Annotation a : parameter.getAnnotations()) {
            String pkg = a.annotationType().getPackageName();
            if (pkg.equals("jakarta.ws.rs") || a.annotationType() == Context.class) {
                return false;
            }
        }
        return !parameter.getType().getName().startsWith("jakarta.");
    }

    private static void check(Type type, String where, List<String> found, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, where, found, seen);
            }
            check(generic.getRawType(), where, found, seen);
        } else if (type instanceof Class<?> c) {
            if (UNCHECKED.contains(c)) {
                found.add(where + ": " + c.getSimpleName());
            } else if (c.isArray()) {
                check(c.getComponentType(), where, found, seen);
            } else if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    check(component.getGenericType(), where + " → " + c.getSimpleName() + "." + component.getName(),
                            found, seen);
                }
            }
        }
    }

    /** The JAX-RS resource classes among Viva's own compiled classes. */
    private static List<Class<?>> resources() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(Refusal.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, RequestBodiesTest.class.getClassLoader());
                if (c.isAnnotationPresent(Path.class)) {
                    resources.add(c);
                }
            }
        }
        return resources;
    }
}
