package viva.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class InTransactionInterceptorTest {

    /** Stands for the provider's own exception, which Viva's classes know only by its name. */
    static final class Provider {
        static final class OptimisticLockException extends RuntimeException {
        }
    }

    @Test
    void aLostRaceIsToldWhereverItIsInTheCauses() {
        assertTrue(InTransactionInterceptor.lostRace(new jakarta.persistence.OptimisticLockException()));
        assertTrue(InTransactionInterceptor.lostRace(new IllegalStateException(
                new PersistenceException(new jakarta.persistence.OptimisticLockException()))));
        assertTrue(InTransactionInterceptor.lostRace(new RuntimeException(new Provider.OptimisticLockException())));
    }

    @Test
    void otherFailuresAreNoRace() {
        assertFalse(InTransactionInterceptor.lostRace(new PersistenceException("constraint")));
        assertFalse(InTransactionInterceptor.lostRace(Refusal.notFound("defense_not_found", "No defense.")));
    }
}
