package viva.people;

/**
 * Employer names are typed by hand in several places (applicant lists, expert records), so two
 * names are the same employer when they agree without any whitespace, full-width spaces included.
 */
public final class Employers {

    private Employers() {
    }

    public static boolean same(String a, String b) {
        String left = normalized(a);
        return !left.isEmpty() && left.equals(normalized(b));
    }

    public static String normalized(String employer) {
        if (employer == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(employer.length());
        employer.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(text::appendCodePoint);
        return text.toString();
    }
}
