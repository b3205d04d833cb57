package viva.system;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method in a JTA transaction, joining one that is already active; any exception rolls
 * it back. Viva's own binding rather than jakarta.transaction.Transactional because the server's
 * implementation of that records every business refusal (a 4xx) as a failure incident.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface InTransaction {
}
