package org.physiokiosk.content;

/** The form of an id: what every exercise, condition, pose, source and red flag is named by. */
final class Ids {

    static final int MAX_LENGTH = 64;
    static final String RULE = "must be 2 to " + MAX_LENGTH
            + " lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')";

    private Ids() {}

    /**
     * {@code [a-z0-9]+(-[a-z0-9]+)*}, 2–64 characters: safe in a file name, a URL and a report line. Checked
     * by hand, not with a regular expression: loading checks thousands of ids.
     */
    static boolean isId(String text) {
        int length = text.length();
        if (length < 2 || length > MAX_LENGTH || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean dash = c == '-';
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || dash) || dash && text.charAt(i - 1) == '-') {
                return false;
            }
        }
        return true;
    }
}
