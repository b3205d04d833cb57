package viva.system;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;

@InTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class InTransactionInterceptor {

    private static final Logger LOG = Logger.getLogger(InTransactionInterceptor.class.getName());

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    /** Tries of a transaction that lost a race on a row (another transaction changed it first). */
    static final int TRIES = 3;

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
        // Two writers of one defense (a control and the clock's pause, say) may meet on its row; the
        // later one saw an old version and would fail as a whole: it runs again on fresh rows.
        for (int attempt = 1;; attempt++) {
            try {
                return once(context);
            } catch (Exception e) {
                if (attempt >= TRIES || !lostRace(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "a transaction lost a race on a row; running it again", e);
            }
        }
    }

    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // jakarta.persistence's, or the provider's own (EclipseLink's is not visible to Viva's classes).
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || "OptimisticLockException".equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private Object once(InvocationContext context) throws Exception {
        transaction.begin();
        Object result;
        try {
            result = context.proceed();
        } catch (Exception | Error e) {
            rollback();
            throw e;
        }
        if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
            rollback();
        } else {
            transaction.commit();
        }
        return result;
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }
}
