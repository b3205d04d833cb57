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

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
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
