package viva.schedule;

/** One broken scheduling rule: a stable rule code and what exactly is in the way. */
public record Conflict(String rule, String detail) {
}
