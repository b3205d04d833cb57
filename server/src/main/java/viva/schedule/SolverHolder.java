package viva.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import viva.schedule.solver.DefenseScheduler;

/** One solver for the application: its threads live as long as the application. */
@ApplicationScoped
public class SolverHolder {

    private final DefenseScheduler scheduler = new DefenseScheduler();

    public DefenseScheduler scheduler() {
        return scheduler;
    }

    @PreDestroy
    void close() {
        scheduler.close();
    }
}
