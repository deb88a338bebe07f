package org.physiokiosk.ui.builder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Reads what the therapist types into a dose field: a whole number, or for some fields a range ("8-12").
 * Nothing is clamped: a value outside the limits is a problem to show, never quietly corrected.
 */
final class DoseFields {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,6})\\s*(?:[-–—]|tot|to)\\s*(\\d{1,6})\\s*");
    private static final Pattern WHOLE = Pattern.compile("\\s*(\\d{1,6})\\s*");

    private final Messages messages;

    DoseFields(Messages messages) {
        this.messages = messages;
    }

    FieldCheck<Integer> whole(String text, IntRange limit, String fieldName) {
        if (text == null || text.isBlank()) {
            return FieldCheck.problem(messages.format("builder.problem.empty", fieldName));
        }
        if (RANGE.matcher(text).matches()) {
            return FieldCheck.problem(messages.format("builder.problem.noRange", fieldName));
        }
        Matcher whole = WHOLE.matcher(text);
        if (!whole.matches()) {
            return FieldCheck.problem(messages.format("builder.problem.notWhole", fieldName));
        }
        int value = Integer.parseInt(whole.group(1));
        return within(value, limit) ? FieldCheck.ok(value) : outside(limit, fieldName);
    }

    FieldCheck<IntRange> range(String text, IntRange limit, String fieldName) {
        if (text != null) {
            Matcher range = RANGE.matcher(text);
            if (range.matches()) {
                int min = Integer.parseInt(range.group(1));
                int max = Integer.parseInt(range.group(2));
                if (min > max) {
                    return FieldCheck.problem(messages.format("builder.problem.backwards", fieldName, min, max));
                }
                return within(min, limit) && within(max, limit) ? FieldCheck.ok(new IntRange(min, max)) : outside(limit, fieldName);
            }
        }
        FieldCheck<Integer> single = whole(text, limit, fieldName);
        return single.value().map(value -> FieldCheck.ok(IntRange.exactly(value)))
                .orElseGet(() -> FieldCheck.problem(single.problem()));
    }

    private <T> FieldCheck<T> outside(IntRange limit, String fieldName) {
        return FieldCheck.problem(messages.format("builder.problem.outside", fieldName, limit.min(), limit.max()));
    }

    private static boolean within(int value, IntRange limit) {
        return value >= limit.min() && value <= limit.max();
    }
}
