package viva.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import viva.system.Refusal;

class PanelDrawTest {

    /** Thirty experts from ten employers, three each. */
    private static List<PanelDraw.Candidate> pool() {
        List<PanelDraw.Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            pool.add(new PanelDraw.Candidate(id, "employer" + (id % 10)));
        }
        return pool;
    }

    @Test
    void theSameSeedAndListGiveTheSamePanelWhateverTheOrderGiven() {
        List<PanelDraw.Candidate> shuffled = new ArrayList<>(pool());
        Collections.shuffle(shuffled, new Random(7));
        PanelDraw.Drawn first = PanelDraw.draw("announced-2026", pool(), 7);
        PanelDraw.Drawn again = PanelDraw.draw("announced-2026", shuffled, 7);
        assertEquals(first, again);
        assertEquals(30, first.candidates());
        assertEquals(first.memberIds().get(0), first.chairId());
        assertNotEquals(first.memberIds(), PanelDraw.draw("another seed", pool(), 7).memberIds());
    }

    @Test
    void theListHashIsTheSha256OfTheDocumentedText() {
        List<PanelDraw.Candidate> two = List.of(new PanelDraw.Candidate(2, "b"), new PanelDraw.Candidate(1, "a"));
        assertEquals(PanelDraw.sha256("1\ta\n2\tb\n"), PanelDraw.draw("s", two, 2).candidateListSha256());
        // The digest of "abc", as published for SHA-256.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PanelDraw.sha256("abc"));
    }

    @Test
    void takesAtMostOneMemberPerEmployer() {
        for (String seed : List.of("a", "b", "c", "d", "e")) {
            PanelDraw.Drawn drawn = PanelDraw.draw(seed, pool(), 9);
            Set<Long> employers = drawn.memberIds().stream().map(id -> id % 10).collect(Collectors.toSet());
            assertEquals(9, employers.size(), drawn::toString);
            assertEquals(9, new HashSet<>(drawn.memberIds()).size());
        }
    }

    @Test
    void refusesWhenTooFewEmployersAreLeft() {
        Refusal refusal = assertThrows(Refusal.class, () -> PanelDraw.draw("x", pool().subList(0, 12)
                .stream().filter(c -> c.id() % 10 < 4).toList(), 5));
        assertEquals("not_enough_experts", refusal.code());
        assertEquals(Map.of("candidates", 6, "distinctEmployers", 4), refusal.details());
    }
}
