package viva.audit;

import viva.json.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonObject;
import java.util.Iterator;

/**
 * Walks the audit rows in sequence order and says whether they form an unbroken chain: numbers
 * without gaps from 1, each row pointing at its predecessor's hash, each hash matching its row.
 * A changed, removed or reordered row breaks it at that row. Used by the server and offline.
 */
public final class ChainVerifier {

    public record Verdict(boolean valid, long events, String head, Long brokenAt, String reason, boolean containsHead) {

        /** The verdict as the API and the offline verifier print it; continues only when an older head was asked. */
        public JsonObject report(String olderHead) {
            JsonObjectBuilder body = Jsonp.createObjectBuilder()
                    .add("valid", valid && containsHead)
                    .add("events", events)
                    .add("head", head);
            if (brokenAt != null) {
                body.add("brokenAt", brokenAt).add("reason", reason);
            }
            if (olderHead != null && !olderHead.isBlank()) {
                body.add("continues", containsHead);
            }
            return body.build();
        }
    }

    private ChainVerifier() {
    }

    /**
     * @param olderHead when given, also whether the chain passes through that hash, i.e. the
     *                  current chain continues the one that had it as head (append-only)
     */
    public static Verdict verify(Iterator<AuditRecord> rows, AuditHasher hasher, String olderHead) {
        String previous = AuditHasher.GENESIS;
        long expected = 1;
        boolean seenOlderHead = olderHead == null;
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            if (row.seq() != expected) {
                return broken(expected - 1, row.seq(), "expected event " + expected + ", found " + row.seq(),
                        previous);
            }
            if (!previous.equals(row.prevHash())) {
                return broken(expected - 1, row.seq(), "does not point at the hash of event " + (expected - 1),
                        previous);
            }
            if (!hasher.hash(row).equals(row.hash())) {
                return broken(expected - 1, row.seq(), "its content does not match its hash", previous);
            }
            if (!seenOlderHead && row.hash().equals(olderHead)) {
                seenOlderHead = true;
            }
            previous = row.hash();
            expected++;
        }
        return new Verdict(true, expected - 1, previous, null, null, seenOlderHead);
    }

    private static Verdict broken(long goodEvents, long at, String reason, String lastGoodHash) {
        return new Verdict(false, goodEvents, lastGoodHash, at, reason, false);
    }
}
