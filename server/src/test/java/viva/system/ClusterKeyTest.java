package viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClusterKeyTest {

    @Test
    void nodesWithTheSameKeyBelieveEachOthersSignatures() {
        ClusterKey a = new ClusterKey("site-secret-1");
        ClusterKey b = new ClusterKey(" site-secret-1 ");
        String signature = a.sign("defense:7 node-a");
        assertEquals(64, signature.length());
        assertTrue(b.verifies("defense:7 node-a", signature));
        assertFalse(b.verifies("defense:8 node-a", signature), "another text");
        assertFalse(new ClusterKey("another-secret").verifies("defense:7 node-a", signature), "another key");
    }

    @Test
    void withoutAKeyNothingIsSignedAndNothingVerifies() {
        ClusterKey none = new ClusterKey("  ");
        assertFalse(none.configured());
        assertThrows(IllegalStateException.class, () -> none.sign("x"));
        assertFalse(none.verifies("x", new ClusterKey("k").sign("x")));
        assertFalse(new ClusterKey("k").verifies("x", null));
    }
}
