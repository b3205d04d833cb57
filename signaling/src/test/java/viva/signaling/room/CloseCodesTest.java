package viva.signaling.room;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CloseCodesTest {

    @Test
    void endsOnPurposeAreNoLoss() {
        assertFalse(CloseCodes.isLoss(1000), "the page's leave, or the close at CLOSED");
        assertFalse(CloseCodes.isLoss(CloseCodes.REPLACED));
        assertFalse(CloseCodes.isLoss(CloseCodes.REVOKED));
        assertFalse(CloseCodes.isLoss(CloseCodes.REMOVED), "removed by the secretariat");
    }

    @Test
    void everythingElseIsALoss() {
        for (int code : new int[] {1001, 1006, 1008, 1009, CloseCodes.DROPPED, CloseCodes.SILENT}) {
            assertTrue(CloseCodes.isLoss(code), String.valueOf(code));
        }
    }
}
