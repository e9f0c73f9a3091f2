package fi.osaava.membership.organisation;

import java.util.regex.Pattern;

/** The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. */
public final class BusinessIds {

    private static final Pattern SHAPE = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessIds() {
    }

    public static boolean isValid(String candidate) {
        if (!SHAPE.matcher(candidate).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (candidate.charAt(i) - '0');
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return candidate.charAt(8) - '0' == check;
    }
}
