package org.physiokiosk.ui.builder;

import java.util.List;
import java.util.Optional;
import org.physiokiosk.common.KebabCase;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.TextLimits;
import org.physiokiosk.ui.i18n.Messages;

/** Says which text of a program is longer than fits the handout well, and where its field is on screen. */
final class TooLongWords {

    /** The first text too long in words ("de opmerking bij oefening 2 (412 tekens, hooguit 300)") and its field's id. */
    record Found(String words, String field) {}

    private TooLongWords() {}

    static Optional<Found> in(Program program, Messages messages) {
        List<TextLimits.TooLong> over = TextLimits.in(program);
        if (over.isEmpty()) {
            return Optional.empty();
        }
        TextLimits.TooLong first = over.get(0);
        String name = messages.format("builder.tooLong.field." + KebabCase.of(first.field()), first.item() + 1);
        String words = messages.format("builder.tooLong.where", name, first.length(), first.limit());
        if (over.size() > 1) {
            words = messages.format("builder.tooLong.more", words, over.size() - 1);
        }
        return Optional.of(new Found(words, fieldId(first)));
    }

    private static String fieldId(TextLimits.TooLong text) {
        return switch (text.field()) {
            case TITLE -> ProgramDetailsPane.TITLE_ID;
            case PATIENT -> ProgramDetailsPane.PATIENT_ID;
            case THERAPIST -> ProgramDetailsPane.THERAPIST_ID;
            case INSTRUCTIONS -> ProgramDetailsPane.INSTRUCTIONS_ID;
            case NOTE -> "item-" + (text.item() + 1) + "-note";
        };
    }
}
