package fi.osaava.membership;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random Y-tunnus values for tests (9NNNNNN-C: away from the demo data's 00000NN-C). */
public final class TestBusinessIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private TestBusinessIds() {
    }

    public static String random() {
        while (true) {
            String digits = "9" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += WEIGHTS[i] * (digits.charAt(i) - '0');
            }
            int remainder = sum % 11;
            // remainder 1 has no valid check digit
            if (remainder != 1) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }
}
