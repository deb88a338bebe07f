package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which fields of one JSON object the readers asked for, so that {@link JsonFields#reportUnread()} can call every
 * other field of the file unknown: the list of known fields is the reads themselves, so it cannot drift from what
 * the code uses (a typo such as {@code "setts"} never vanishes silently).
 *
 * <p>Kept apart from {@link JsonFields} because it is bookkeeping, not reading: a field the object has is a bit of
 * a mask (a search of a list of the names read, per read and per unread check, was a cost of its own in the
 * second pass), and a name asked for that the object lacks goes to a small array, since the "expected one of"
 * message lists those too.
 */
final class AskedFields {

    private static final String[] NONE = new String[0];

    private final JsonObject node;
    /** Which of the object's first 64 fields were asked for; a later field's name goes to {@link #askedLater}. */
    private long readMask;

    private String[] askedAbsent = NONE;
    private int absentCount;
    private List<String> askedLater = List.of();

    AskedFields(JsonObject node) {
        this.node = node;
    }

    /** The field's value, marked as asked for; null when the object has no such field (noted as asked, too). */
    Object lookUp(String field) {
        int index = node.indexOf(field);
        if (index < 0) {
            if (absentCount == askedAbsent.length) {
                askedAbsent = Arrays.copyOf(askedAbsent, Math.max(4, absentCount * 2));
            }
            askedAbsent[absentCount++] = field;
            return null;
        }
        if (index < Long.SIZE) {
            readMask |= 1L << index;
        } else {
            if (askedLater.isEmpty()) {
                askedLater = new ArrayList<>();
            }
            askedLater.add(field);
        }
        return node.value(index);
    }

    /** Reports every field of the object that was not asked for as unknown, listing the names that were. */
    void reportUnasked(ContentFile file, ObjectPlace place) {
        String expected = null;
        for (int i = 0; i < node.size(); i++) {
            if (!wasAsked(i)) {
                if (expected == null) {
                    expected = String.join(", ", names());
                }
                file.error(
                        place.of(node.name(i), -1),
                        "unknown field '" + node.name(i) + "'; expected one of: " + expected);
            }
        }
    }

    /** Whether the object's field {@code index} (in file order) was asked for. */
    private boolean wasAsked(int index) {
        return index < Long.SIZE ? (readMask & (1L << index)) != 0 : askedLater.contains(node.name(index));
    }

    /** The names asked for so far, present or not, sorted: the known fields an "unknown field" message lists. */
    Set<String> names() {
        Set<String> read = new TreeSet<>(askedLater);
        for (int i = 0; i < absentCount; i++) {
            read.add(askedAbsent[i]);
        }
        for (int i = 0; i < Math.min(node.size(), Long.SIZE); i++) {
            if ((readMask & (1L << i)) != 0) {
                read.add(node.name(i));
            }
        }
        return read;
    }
}
