package viva.testing;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes valid resident ID numbers for tests, computing the check character from its definition
 * (weights 2^(17-i) mod 11) rather than from Viva's table.
 */
public final class IdNumbers {

    private IdNumbers() {
    }

    public static String of(String area, LocalDate birth, int sequence, boolean male) {
        int seq = sequence % 1000;
        if ((seq % 2 == 1) != male) {
            seq = (seq + 1) % 1000;
        }
        String body = area + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (int) (Math.pow(2, 17 - i) % 11);
            sum += (body.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return body + (check == 10 ? "X" : Integer.toString(check));
    }

    public static String random(boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 35));
        return of("650102", birth, random.nextInt(1000), male);
    }
}
