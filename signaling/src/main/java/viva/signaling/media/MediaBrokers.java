package viva.signaling.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.signaling.media.kurento.KurentoMediaBroker;

/**
 * Chooses the room's media at start-up: Kurento when KMS_URL (kms.url) names a media server,
 * browser-to-browser mesh otherwise.
 */
@ApplicationScoped
public class MediaBrokers {

    @Inject
    @ConfigProperty(name = "kms.url")
    Optional<String> kmsUrl;

    @Inject
    Instance<MeshBroker> mesh;

    @Inject
    Instance<KurentoMediaBroker> kurento;

    @Produces
    MediaBroker broker() {
        return usesKurento() ? kurento.get() : mesh.get();
    }

    boolean usesKurento() {
        return kmsUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /** Connects to the media server at start, so that readiness tells the truth from the first probe. */
    void onStart(@Observes Startup startup) {
        if (usesKurento()) {
            kurento.get().kind();
        }
    }
}
