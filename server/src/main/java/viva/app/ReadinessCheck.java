package viva.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import viva.catalog.SpecialtyRepository;

/** Ready once start-up has prepared the data and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    StartupState startup;

    @Inject
    SpecialtyRepository specialties;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (startup.failure().isPresent()) {
            return response.down().withData("reason", startup.failure().get()).build();
        }
        if (!startup.isReady()) {
            return response.down().withData("reason", "starting").build();
        }
        try {
            return response.up().withData("specialties", specialties.count()).build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "the database does not answer: " + e.getMessage()).build();
        }
    }
}
