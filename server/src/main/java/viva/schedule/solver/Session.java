package viva.schedule.solver;

import java.time.LocalDate;

/** One daily window on one day: a panel sits through a session without a break. */
record Session(LocalDate day, int window) {
}
