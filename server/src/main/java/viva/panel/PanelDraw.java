package viva.panel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import viva.system.Refusal;

/**
 * 专家随机抽取: draws a panel's members from a candidate list with a seed, so that anyone holding the
 * seed and the list can draw again and get the same panel. The algorithm, with SHA-256 only:
 * <ol>
 * <li>the candidates in ascending id; the list's text is one line per candidate, {@code id}, a tab,
 * the employer's key, a line feed; {@code candidateListSha256} is the SHA-256 of that text (UTF-8);</li>
 * <li>each candidate's rank is the SHA-256 of {@code seed + "\n" + id} (UTF-8), compared as hex text;</li>
 * <li>candidates are taken in ascending rank, skipping one whose employer is already taken (an
 * empty employer key names none), until the panel is full; the first taken chairs it.</li>
 * </ol>
 */
public final class PanelDraw {

    /** An expert who may be drawn, with the key of their employer ({@code Employers.key}). */
    public record Candidate(long id, String employerKey) {
    }

    /** The members drawn, chair first, and what lets anyone re-run the draw. */
    public record Drawn(List<Long> memberIds, String seed, int candidates, String candidateListSha256) {

        public long chairId() {
            return memberIds.get(0);
        }
    }

    private PanelDraw() {
    }

    /** Draws {@code size} members; too few candidates from distinct employers → not_enough_experts. */
    public static Drawn draw(String seed, List<Candidate> candidates, int size) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingLong(Candidate::id));
        List<Candidate> byRank = new ArrayList<>(ordered);
        byRank.sort(Comparator.comparing((Candidate c) -> rank(seed, c.id())).thenComparingLong(Candidate::id));
        List<Long> drawn = new ArrayList<>();
        Set<String> employers = new HashSet<>();
        for (Candidate candidate : byRank) {
            if (drawn.size() == size) {
                break;
            }
            String employer = candidate.employerKey() == null ? "" : candidate.employerKey();
            if (employer.isEmpty() || employers.add(employer)) {
                drawn.add(candidate.id());
            }
        }
        if (drawn.size() < size) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not_enough_experts", "Only " + drawn.size()
                    + " of the " + ordered.size() + " candidates come from different employers; the panel needs "
                    + size + ".", java.util.Map.of("candidates", ordered.size(), "distinctEmployers", drawn.size()));
        }
        return new Drawn(List.copyOf(drawn), seed, ordered.size(), sha256(listText(ordered)));
    }

    /** The candidate list's text, as hashed: one line per candidate, in ascending id. */
    static String listText(List<Candidate> ordered) {
        StringBuilder text = new StringBuilder();
        for (Candidate c : ordered) {
            text.append(c.id()).append('\t').append(c.employerKey() == null ? "" : c.employerKey()).append('\n');
        }
        return text.toString();
    }

    static String rank(String seed, long id) {
        return sha256(seed + "\n" + id);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
