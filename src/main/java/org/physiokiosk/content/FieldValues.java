package org.physiokiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * The checks of one value against what its field needs (a text, a whole number in range, one of an enum's
 * spellings), each reporting to the file at the value's place. Split from {@link JsonFields}, which finds the
 * values; a value is one of the light tree's ({@link JsonTree}).
 */
final class FieldValues {

    private FieldValues() {}

    /** A non-empty text without invisible characters, or null with the problem reported. */
    static String text(Object value, JsonFields owner, String field, int index) {
        ContentFile file = owner.file();
        if (!(value instanceof String text) || text.isBlank()) {
            file.error(owner.place(field, index), "'" + field + "' must be a non-empty text");
            return null;
        }
        int invisible = file.mayHideCharacters() ? InvisibleCharacters.find(text) : -1;
        if (invisible >= 0) {
            file.error(
                    owner.place(field, index),
                    "'" + field + "' contains an invisible or control character "
                            + InvisibleCharacters.describe(text, invisible) + " at character " + (invisible + 1)
                            + "; remove it");
            return null;
        }
        return text;
    }

    /** A whole number within {@code limit} (3.0 counts, 3.5 and "3" do not), or null with the problem reported. */
    static Integer integer(Object value, JsonFields owner, String field, int index, IntRange limit) {
        int whole;
        if (value instanceof IntNode plain) {
            whole = plain.intValue(); // nearly every number: the three questions below are all yes for it
        } else if (value instanceof JsonNode number
                && number.canConvertToExactIntegral()
                && number.isNumber()
                && number.canConvertToInt()) {
            whole = number.intValue();
        } else {
            owner.file()
                    .error(
                            owner.place(field, index),
                            "'" + field + "' must be a whole number, found " + JsonTree.show(value));
            return null;
        }
        if (whole < limit.min() || whole > limit.max()) {
            owner.file()
                    .error(
                            owner.place(field, index),
                            "'" + field + "' is " + whole + "; it must be from " + limit.min() + " to " + limit.max());
            return null;
        }
        return whole;
    }

    /**
     * A whole number within {@code limit}, or {@code {"min": a, "max": b}} with both within it and min not above
     * max; null with the problem reported.
     */
    static IntRange range(Object value, JsonFields owner, String field, IntRange limit) {
        if (value instanceof JsonObject object) {
            JsonFields range = owner.child(object, field, -1);
            Integer min = range.integer("min", limit);
            Integer max = range.integer("max", limit);
            if (min == null || max == null) {
                return null;
            }
            if (min > max) {
                owner.error(field, "'" + field + "' runs backwards: min " + min + " is more than max " + max);
                return null;
            }
            return new IntRange(min, max);
        }
        Integer single = integer(value, owner, field, -1, limit);
        return single == null ? null : IntRange.exactly(single);
    }

    static <E extends Enum<E>> E choice(Object value, JsonFields owner, String field, int index, Class<E> type) {
        E parsed = value instanceof String text ? JsonName.find(type, text) : null;
        if (parsed == null) {
            owner.file()
                    .error(
                            owner.place(field, index),
                            "'" + field + "' must be one of " + JsonName.allOf(type) + ", found "
                                    + JsonTree.show(value));
            return null;
        }
        return parsed;
    }

    /** true or false, or null with the problem reported. */
    static Boolean flag(Object value, JsonFields owner, String field) {
        if (!(value instanceof JsonNode node) || !node.isBoolean()) {
            owner.file().error(owner.at(field), "'" + field + "' must be true or false, found " + JsonTree.show(value));
            return null;
        }
        return node.booleanValue();
    }
}
