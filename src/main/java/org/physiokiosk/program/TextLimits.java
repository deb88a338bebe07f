package org.physiokiosk.program;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each free text of a program may be to sit well on the handout; the one place these caps are written.
 * Chosen by rendering a program with long texts (pdftoppm, 2026-11-30): a title of 80 characters takes the
 * heading's two lines; 60 keep the patient's or therapist's name on one line of the header; 600 characters of
 * general instructions are about seven lines and leave the red-flag box on page 1; a note of 300 is four lines
 * under its exercise. Longer text is not cut and not refused by the record (an older file or another desk may
 * hold it and must still open): the builder counts it, marks it and refuses to save until it is shorter.
 */
public final class TextLimits {

    /** The free texts of a program; {@link #NOTE} is per exercise. */
    public enum Field {
        TITLE(80),
        PATIENT(60),
        THERAPIST(60),
        INSTRUCTIONS(600),
        NOTE(300);

        private final int limit;

        Field(int limit) {
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }

        /** A counter starts to show from here: the therapist sees the cap coming, not only once past it. */
        public int nearFrom() {
            return limit * 4 / 5;
        }

        public boolean isOver(String text) {
            return length(text) > limit;
        }
    }

    /** A text past its cap; {@code item} is the exercise's 0-based place for a note, -1 otherwise. */
    public record TooLong(Field field, int item, int length) {
        public int limit() {
            return field.limit();
        }
    }

    private TextLimits() {}

    /** Characters as the therapist counts them: letters, not UTF-16 halves; the spaces the program strips do not count. */
    public static int length(String text) {
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length());
    }

    /** Every text of {@code program} past its cap, in the order the builder shows them. */
    public static List<TooLong> in(Program program) {
        List<TooLong> over = new ArrayList<>();
        check(over, Field.TITLE, -1, program.title());
        check(over, Field.PATIENT, -1, program.patient().orElse(""));
        check(over, Field.THERAPIST, -1, program.therapist());
        check(over, Field.INSTRUCTIONS, -1, program.instructions());
        for (int i = 0; i < program.items().size(); i++) {
            check(over, Field.NOTE, i, program.items().get(i).note());
        }
        return List.copyOf(over);
    }

    private static void check(List<TooLong> over, Field field, int item, String text) {
        if (field.isOver(text)) {
            over.add(new TooLong(field, item, length(text)));
        }
    }
}
