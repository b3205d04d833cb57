package viva.people;

import java.text.Normalizer;
import java.util.List;

/**
 * The one place that decides whether two employer names are the same employer (回避). Names are
 * typed by hand in several places (applicant lists, expert records, provincial exports), so they
 * are compared by a key that ignores what varies between two spellings of one company: full- and
 * half-width forms (NFKC, which also makes （） into ()), every kind of space, and the legal-form
 * suffix 有限公司, 有限责任公司 or 股份有限公司 at the end.
 */
public final class Employers {

    /** Longest first, so that 股份有限公司 is not taken for 有限公司 with 股份 left over. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");

    private Employers() {
    }

    public static boolean same(String a, String b) {
        return sameKey(key(a), key(b));
    }

    /** Whether two keys made by {@link #key} name the same employer; an empty key names none. */
    public static boolean sameKey(String a, String b) {
        return !a.isEmpty() && a.equals(b);
    }

    /** The name as it is compared: NFKC, without spaces, without a legal-form suffix; "" for none. */
    public static String key(String employer) {
        if (employer == null) {
            return "";
        }
        String folded = Normalizer.normalize(employer, Normalizer.Form.NFKC);
        StringBuilder text = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(text::appendCodePoint);
        String key = text.toString();
        for (String form : LEGAL_FORMS) {
            if (key.endsWith(form)) {
                return key.substring(0, key.length() - form.length());
            }
        }
        return key;
    }
}
