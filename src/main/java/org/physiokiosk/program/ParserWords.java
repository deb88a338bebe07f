package org.physiokiosk.program;

import java.util.regex.Pattern;

/**
 * A JSON parser's message without the file's own text. Jackson quotes what it could not read ("Unrecognized
 * token 'Jansen'"), which may be a patient's name in a damaged file, or binary bytes shown as garbage; the
 * log and {@code validate} need the kind of error and its place, not the text.
 */
final class ParserWords {

    private static final Pattern TOKEN = Pattern.compile("token '.*?': was expecting", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("character \\('.*?' \\(code (\\d+)\\)\\)", Pattern.DOTALL);
    private static final Pattern NOT_PLAIN = Pattern.compile("[^\\x20-\\x7E]");

    private ParserWords() {}

    static String withoutContent(String message) {
        if (message == null) {
            return "";
        }
        String quoted = TOKEN.matcher(message).replaceAll("token: was expecting");
        quoted = CHARACTER.matcher(quoted).replaceAll("character (code $1)");
        return NOT_PLAIN.matcher(quoted).replaceAll("?");
    }
}
