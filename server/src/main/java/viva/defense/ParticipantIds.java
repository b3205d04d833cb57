package viva.defense;

import java.util.Optional;

/**
 * Participant ids in a room: the kind's letter and the record's id (S secretariat account,
 * M committee member, A applicant), stable across reconnects.
 */
public final class ParticipantIds {

    public enum Kind {
        SECRETARY('S'),
        MEMBER('M'),
        APPLICANT('A');

        final char letter;

        Kind(char letter) {
            this.letter = letter;
        }
    }

    public record Ref(Kind kind, long id) {

        @Override
        public String toString() {
            return kind.letter + Long.toString(id);
        }
    }

    private ParticipantIds() {
    }

    public static String of(Kind kind, long id) {
        return new Ref(kind, id).toString();
    }

    public static Optional<Ref> parse(String text) {
        if (text == null || text.length() < 2 || text.length() > 19) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (text.charAt(0) == kind.letter) {
                try {
                    return Optional.of(new Ref(kind, Long.parseLong(text.substring(1))));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
