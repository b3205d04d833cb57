package viva.schedule.solver;

import java.time.LocalDate;

/** One expert needed on one day. */
record MemberDay(long memberId, LocalDate day) {
}
