package org.physiokiosk.content;

/**
 * A whole number that a source may give as a range ("5 to 10 times"). A single value is a range whose
 * ends are equal, so a source's range is never collapsed into one number.
 */
public record IntRange(int min, int max) {

    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("range " + min + "-" + max + " runs backwards");
        }
    }

    public static IntRange exactly(int value) {
        return new IntRange(value, value);
    }

    public boolean isSingle() {
        return min == max;
    }

    /** "5" or "5–10", for screens and handouts. */
    @Override
    public String toString() {
        return isSingle() ? Integer.toString(min) : min + "–" + max;
    }
}
