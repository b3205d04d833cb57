package viva.defense;

/** A defense that never started is being cancelled: whoever keeps records of it removes them first. */
public record DefenseCancelled(Defense defense) {
}
