package viva.system;

import java.util.Optional;

/**
 * Text as Viva keeps it: well-formed Unicode (no lone surrogate, which the database would keep but
 * every page, PDF and export would print as "?") and no control character but tab and line breaks
 * (a NUL or an escape in a name has no business in a notice or a result sheet), and no
 * bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069): one of them
 * in a name turns the text after it around wherever the name is shown, so that a calendar, a
 * notice or a result sheet reads differently from what is stored. The marks U+200E and U+200F
 * stay allowed: they only lean neutral characters one way and reorder nothing.
 */
public final class PlainText {

    private PlainText() {
    }

    /** What is wrong with the text, or empty when it is plain text. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("a lone surrogate U+%04X at character %d", (int) c, i + 1));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Optional.of(String.format("the control character U+%04X at character %d", (int) c, i + 1));
            } else if (bidiControl(c)) {
                return Optional.of(String.format("the bidirectional control U+%04X at character %d", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean bidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** The text itself, or a 400 naming the field when it is not plain text. */
    public static String check(String field, String text) {
        problem(text).ifPresent(p -> {
            throw Values.invalid("invalid_text", field, "holds " + p + "; only plain text is accepted");
        });
        return text;
    }
}
