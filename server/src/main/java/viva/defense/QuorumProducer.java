package viva.defense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The quorum fraction from configuration (viva.quorum, e.g. VIVA_QUORUM=3/4); two thirds by default. */
@ApplicationScoped
public class QuorumProducer {

    @Inject
    @ConfigProperty(name = "viva.quorum", defaultValue = "2/3")
    String fraction;

    @Produces
    QuorumRule quorum() {
        return QuorumRule.parse(fraction);
    }
}
