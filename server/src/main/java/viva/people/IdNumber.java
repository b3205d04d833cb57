package viva.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A PRC resident identity number (GB 11643): 6-digit area, 8-digit birth date, 3-digit sequence
 * whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;
    private final LocalDate birthDate;
    private final Gender gender;

    private IdNumber(String value, LocalDate birthDate, Gender gender) {
        this.value = value;
        this.birthDate = birthDate;
        this.gender = gender;
    }

    /** The reason the text is not a valid ID number, or empty when it is one. */
    public static Optional<String> problem(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.of("the ID number is missing");
        }
        String id = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (id.length() != 18) {
            return Optional.of("an ID number has 18 characters, this one has " + id.length());
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return Optional.of("the first 17 characters of an ID number are digits");
            }
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return Optional.of("the check character is wrong (expected " + checkCharacter(id) + ")");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("the birth date " + id.substring(6, 14) + " is not a calendar date");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of("the birth date " + birth + " is not plausible");
        }
        return Optional.empty();
    }

    public static IdNumber parse(String text, LocalDate today) {
        problem(text, today).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        String id = text.strip().toUpperCase(java.util.Locale.ROOT);
        LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
        Gender gender = (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return new IdNumber(id, birth, gender);
    }

    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }

    @Override
    public String toString() {
        return value;
    }
}
