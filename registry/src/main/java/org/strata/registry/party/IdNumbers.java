package org.strata.registry.party;

/** Check-character validation of resident ID numbers (GB 11643) and unified social credit codes (GB 32100). */
public final class IdNumbers {
    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_CHECK = "10X98765432";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private IdNumbers() {}

    /** The check character for the first 17 digits of a resident ID number. */
    public static char residentIdCheckCharacter(String first17Digits) {
        if (first17Digits.length() != 17 || !first17Digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "a resident ID number starts with 17 digits, not '" + first17Digits + "'");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return RESIDENT_CHECK.charAt(sum % 11);
    }

    /** Whether a text is a well-formed resident ID number with the right check character. */
    public static boolean isValidResidentId(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        String head = number.substring(0, 17);
        if (!head.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return residentIdCheckCharacter(head) == number.charAt(17);
    }

    /** Whether a text is a well-formed unified social credit code with the right check character. */
    public static boolean isValidUscc(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        try {
            return usccCheckCharacter(code.substring(0, 17)) == code.charAt(17);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The check character of a unified social credit code (GB 32100) from its first 17 characters.
     *
     * @throws IllegalArgumentException when a character is not of the code's character set
     */
    public static char usccCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a character of a credit code");
            }
            sum += value * USCC_WEIGHTS[i];
        }
        return USCC_CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** Whether a number is valid for the given id type. */
    public static boolean isValid(IdType type, String number) {
        return switch (type) {
            case RESIDENT_ID -> isValidResidentId(number);
            case USCC -> isValidUscc(number);
        };
    }

    /** A number shown with all but its first 4 and last 2 characters hidden, as timelines and documents show it. */
    public static String masked(String number) {
        if (number.length() <= 6) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 6) + number.substring(number.length() - 2);
    }
}
