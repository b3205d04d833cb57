package viva.defense;

/**
 * How many of a panel must be eligible, present and voting: ⌈fraction × panel size⌉. The
 * national interim rules set two thirds for evaluation meetings; a site may configure another.
 */
public record QuorumRule(int numerator, int denominator) {

    public static final QuorumRule TWO_THIRDS = new QuorumRule(2, 3);

    public QuorumRule {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a quorum is a fraction in (0, 1]: " + numerator + "/" + denominator);
        }
    }

    /** Parses "2/3"; anything else is a configuration error at start-up. */
    public static QuorumRule parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a quorum is written as a fraction such as 2/3, not " + text);
        }
        return new QuorumRule(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    public int required(int panelSize) {
        return (panelSize * numerator + denominator - 1) / denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
