package viva.defense;

/**
 * A defense is closing, inside the transaction that closes it and before its result is recorded:
 * whoever keeps evidence of it (the recordings) settles it now, so that the audit head printed at
 * close covers that evidence.
 */
public record DefenseClosing(Defense defense) {
}
