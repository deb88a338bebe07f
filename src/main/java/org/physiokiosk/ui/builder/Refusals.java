package org.physiokiosk.ui.builder;

import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Why saving or a handout may not go ahead now, said before anything is written or a file dialog opens: a red
 * field (F17) or an exercise the content no longer holds (F16).
 */
final class Refusals {

    private final BuilderModel model;
    private final Catalog catalog;
    private final Messages messages;
    private final Notices notices;

    Refusals(BuilderModel model, Catalog catalog, Messages messages, Notices notices) {
        this.model = model;
        this.catalog = catalog;
        this.messages = messages;
        this.notices = notices;
    }

    /**
     * Save, PDF and print take the program as it is; while a field shows refused text that would quietly drop
     * what the therapist typed (F17). Says which field, and brings it into view.
     */
    boolean whileRed(String key) {
        Optional<BuilderModel.FieldProblem> red = model.firstHeldBack();
        red.ifPresent(problem -> {
            int others = model.heldBackCount() - 1;
            String where =
                    others == 0 ? problem.where() : messages.format("builder.problems.more", problem.where(), others);
            notices.refused(messages.format(key, where), problem.field());
        });
        return red.isPresent();
    }

    /**
     * Save refused while a text is longer than fits the handout well: says which and how long, and brings its field
     * into view. The text stays in the program and the field, as typed.
     */
    boolean whileTooLong(String key) {
        Optional<TooLongWords.Found> over = TooLongWords.in(model.program(), messages);
        over.ifPresent(
                found -> notices.refused(Notices.Kind.TOO_LONG, messages.format(key, found.words()), found.field()));
        return over.isPresent();
    }

    /** A handout cannot show an exercise the content no longer holds: says which. */
    boolean whileMissing(String key) {
        Optional<String> where = MissingExercises.in(model.program(), catalog).where();
        where.ifPresent(exercises -> notices.error(messages.format(key, exercises)));
        return where.isPresent();
    }
}
