package viva.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of an audit row: SHA-256 (HMAC-SHA-256 when a key is configured) over every other
 * column of the row and the previous row's hash, each field on its own line in a fixed order.
 */
public final class AuditHasher {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private final byte[] key;

    public AuditHasher(String key) {
        this.key = key == null || key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    public String hash(long seq, java.time.Instant at, String actor, String action, String subject, String payload,
            String prevHash) {
        String canonical = seq + "\n" + at + "\n" + actor + "\n" + action + "\n" + subject + "\n" + payload + "\n"
                + prevHash;
        byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
        try {
            if (key == null) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HMAC-SHA-256 are part of every Java runtime", e);
        }
    }

    public String hash(AuditRecord r) {
        return hash(r.seq(), r.at(), r.actor(), r.action(), r.subject(), r.payload(), r.prevHash());
    }
}
