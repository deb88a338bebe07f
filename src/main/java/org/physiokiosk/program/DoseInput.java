package org.physiokiosk.program;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.physiokiosk.content.IntRange;

/**
 * Reads what the therapist typed into a dose field: "10", " 8 ", "5-10" or "5–10". A value outside the
 * field's limits is refused with a message, never clamped: the handout must say what the therapist meant.
 */
public final class DoseInput {

    /** A whole number, or two joined by a hyphen, en dash, em dash or minus sign (what keyboards and autocorrect produce). */
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-\u2013\u2014\u2212]\\s*(\\d+)");

    private static final Pattern WHOLE = Pattern.compile("\\d+");
    /** "-1" is a whole number, only too small: it gets the field's limits, not "not a whole number". */
    private static final Pattern NEGATIVE = Pattern.compile("[-\u2212]\\s*\\d+");
    /** Longer than any limit: parsed as "outside", never overflowing an int. */
    private static final int MAX_DIGITS = 6;

    private final ProgramWords words;

    public DoseInput(ProgramWords words) {
        this.words = words;
    }

    public DoseInput(String language) {
        this(new ProgramWords(language));
    }

    /** A range, or a single number as a range of one (for every field, so callers treat them alike). */
    public Parsed<IntRange> parse(DoseField field, String typed) {
        String name = words.get("field." + field.key());
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Parsed.problem(words.get("problem.empty", name));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            if (!field.allowsRange()) {
                return Parsed.problem(words.get("problem.noRange", name));
            }
            return checked(field, name, range.group(1), range.group(2));
        }
        if (WHOLE.matcher(text).matches()) {
            return checked(field, name, text, text);
        }
        if (NEGATIVE.matcher(text).matches()) {
            IntRange limit = field.limit();
            return Parsed.problem(
                    words.get("problem.outside", name, String.valueOf(limit.min()), String.valueOf(limit.max())));
        }
        return Parsed.problem(words.get("problem.notWhole", name));
    }

    /** A field that takes one number (sets, rest, days per week), or a single value of a range field. */
    public Parsed<Integer> parseWhole(DoseField field, String typed) {
        Parsed<IntRange> parsed = parse(field, typed);
        if (!parsed.isValid()) {
            return Parsed.problem(parsed.problem().orElseThrow());
        }
        IntRange range = parsed.value();
        return range.isSingle()
                ? Parsed.value(range.min())
                : Parsed.problem(words.get("problem.noRange", words.get("field." + field.key())));
    }

    private Parsed<IntRange> checked(DoseField field, String name, String lowText, String highText) {
        long low = number(lowText);
        long high = number(highText);
        IntRange limit = field.limit();
        if (outside(low, limit) || outside(high, limit)) {
            return Parsed.problem(
                    words.get("problem.outside", name, String.valueOf(limit.min()), String.valueOf(limit.max())));
        }
        if (low > high) {
            return Parsed.problem(words.get("problem.backwards", name, lowText, highText));
        }
        return Parsed.value(new IntRange((int) low, (int) high));
    }

    private static boolean outside(long value, IntRange limit) {
        return value < limit.min() || value > limit.max();
    }

    private static long number(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(significant);
    }
}
