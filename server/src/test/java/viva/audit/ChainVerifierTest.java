package viva.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final AuditHasher hasher = new AuditHasher(null);

    private List<AuditRecord> chain(int length) {
        List<AuditRecord> rows = new ArrayList<>();
        String previous = AuditHasher.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            Instant at = Instant.parse("2026-12-07T01:00:00Z").plusSeconds(seq);
            String payload = CanonicalJson.of(Json.createObjectBuilder().add("n", seq).build());
            String hash = hasher.hash(seq, at, "secretary", "test.event", "defense:1", payload, previous);
            rows.add(new AuditRecord(seq, at, "secretary", "test.event", "defense:1", payload, previous, hash));
            previous = hash;
        }
        return rows;
    }

    @Test
    void anUntouchedChainIsValidAndEndsAtItsHead() {
        List<AuditRecord> rows = chain(5);
        ChainVerifier.Verdict verdict = ChainVerifier.verify(rows.iterator(), hasher, null);
        assertTrue(verdict.valid());
        assertEquals(5, verdict.events());
        assertEquals(rows.get(4).hash(), verdict.head());
    }

    @Test
    void aChangedRowBreaksTheChainAtThatRow() {
        List<AuditRecord> rows = chain(5);
        AuditRecord r = rows.get(2);
        rows.set(2, new AuditRecord(r.seq(), r.at(), r.actor(), r.action(), r.subject(), "{\"n\":99}", r.prevHash(),
                r.hash()));
        ChainVerifier.Verdict verdict = ChainVerifier.verify(rows.iterator(), hasher, null);
        assertFalse(verdict.valid());
        assertEquals(3L, verdict.brokenAt());
    }

    @Test
    void aRemovedOrReorderedRowBreaksTheChain() {
        List<AuditRecord> removed = chain(5);
        removed.remove(1);
        assertEquals(3L, ChainVerifier.verify(removed.iterator(), hasher, null).brokenAt());
        List<AuditRecord> swapped = chain(5);
        Collections.swap(swapped, 3, 4);
        assertEquals(5L, ChainVerifier.verify(swapped.iterator(), hasher, null).brokenAt());
    }

    @Test
    void aRewrittenRowWithARecomputedHashStillBreaksTheNextRow() {
        List<AuditRecord> rows = chain(4);
        AuditRecord r = rows.get(1);
        String forged = hasher.hash(r.seq(), r.at(), r.actor(), r.action(), r.subject(), "{\"n\":7}", r.prevHash());
        rows.set(1, new AuditRecord(r.seq(), r.at(), r.actor(), r.action(), r.subject(), "{\"n\":7}", r.prevHash(),
                forged));
        assertEquals(3L, ChainVerifier.verify(rows.iterator(), hasher, null).brokenAt());
    }

    @Test
    void anOlderHeadIsFoundWhenTheChainContinuesIt() {
        List<AuditRecord> rows = chain(6);
        assertTrue(ChainVerifier.verify(rows.iterator(), hasher, rows.get(2).hash()).containsHead());
        assertFalse(ChainVerifier.verify(rows.iterator(), hasher, "f".repeat(64)).containsHead());
    }

    @Test
    void aKeyedHashDiffersFromThePlainOne() {
        AuditRecord row = chain(1).get(0);
        assertNotEquals(hasher.hash(row), new AuditHasher("site-secret").hash(row));
    }

    @Test
    void canonicalJsonSortsKeysAndDropsWhitespace() {
        String text = CanonicalJson.of(Json.createReader(new java.io.StringReader(
                "{ \"b\": [1, {\"z\": true, \"a\": null}], \"a\": \"é\\n\" }")).readObject());
        assertEquals("{\"a\":\"é\\n\",\"b\":[1,{\"a\":null,\"z\":true}]}", text);
    }
}
