package viva.backup;

/** A backup made: the zip's path on Viva's machine, its size, its SHA-256 and the audit head it holds. */
public record Backup(String file, long bytes, String sha256, String head) {
}
