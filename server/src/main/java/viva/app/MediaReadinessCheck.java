package viva.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import viva.signaling.media.MediaBroker;

/** Not ready while a configured media server (KMS_URL) does not answer: no defense could show video. */
@Readiness
@ApplicationScoped
public class MediaReadinessCheck implements HealthCheck {

    @Inject
    MediaBroker media;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("media").withData("kind", media.kind());
        return media.unavailable().map(reason -> response.down().withData("reason", reason).build())
                .orElseGet(() -> response.up().build());
    }
}
