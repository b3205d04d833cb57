package viva.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Whether Viva finished preparing its data at start-up, and why not when it failed. */
@ApplicationScoped
public class StartupState {

    private volatile boolean ready;
    private volatile String failure;

    public void ready() {
        this.ready = true;
    }

    public void failed(String reason) {
        this.failure = reason;
    }

    public boolean isReady() {
        return ready;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
