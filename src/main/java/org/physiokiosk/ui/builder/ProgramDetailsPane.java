package org.physiokiosk.ui.builder;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.physiokiosk.program.PatientNameCheck;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramEditor;
import org.physiokiosk.program.TextLimits;
import org.physiokiosk.ui.common.TextWidth;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The program's details: title, patient (optional, private), therapist, dates, general instructions and
 * the handout's language, which is independent of the screen's. A review date before the program's date
 * is shown as a problem and not taken.
 */
final class ProgramDetailsPane extends GridPane {

    static final String TITLE_ID = "builder-title";
    static final String PATIENT_ID = "builder-patient";
    static final String THERAPIST_ID = "builder-therapist";
    static final String DATE_ID = "builder-date";
    static final String REVIEW_ID = "builder-review";
    static final String INSTRUCTIONS_ID = "builder-instructions";
    static final String LANGUAGE_ID_PREFIX = "builder-handout-";
    static final String NAME_WARNING_ID = "builder-name-warning";

    private final Messages messages;
    private final BuilderModel model;
    private final TextField title = SingleLine.of(new TextField());
    private final TextField patient = SingleLine.of(new TextField());
    private final TextField therapist = SingleLine.of(new TextField());
    private final DatePicker date = new DatePicker();
    private final DatePicker review = new DatePicker();
    private final Label reviewProblem = new Label();
    private final NameWarning nameWarning;
    private final TextArea instructions = new TextArea();
    private final ToggleGroup language = new ToggleGroup();
    private final StyleClassValidationDecoration decoration = new StyleClassValidationDecoration();
    private Subscription subscriptions = Subscription.EMPTY;
    private boolean showing;
    /** The captions of title, patient, therapist, date, review, language and instructions, in that order. */
    private final List<Label> captionFor;

    private final javafx.scene.layout.VBox reviewBox;
    /** Title, patient, therapist and instructions with their counts under them. */
    private final Node titleBox;

    private final Node patientBox;
    private final Node therapistBox;
    private final Node instructionsBox;
    private final List<LengthCounter> counters;
    private final HBox languages;
    private boolean wide;

    ProgramDetailsPane(Messages messages, BuilderModel model) {
        this.messages = messages;
        this.model = model;
        getStyleClass().add("pk-details");
        // Captions never shrink into "Physioth…"; on a narrow screen the fields give way instead.
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        getColumnConstraints().addAll(captions, fields, captions, fields);

        title.setId(TITLE_ID);
        title.setPromptText(messages.get("builder.details.titlePrompt"));
        patient.setId(PATIENT_ID);
        patient.setPromptText(messages.get("builder.details.patientPrompt"));
        therapist.setId(THERAPIST_ID);
        Subscription dates =
                DateFormat.apply(date, messages.language()).and(DateFormat.apply(review, messages.language()));
        date.setId(DATE_ID);
        review.setId(REVIEW_ID);
        review.setPromptText(messages.get("builder.details.reviewPrompt"));
        instructions.setId(INSTRUCTIONS_ID);
        instructions.setPromptText(messages.get("builder.details.instructionsPrompt"));
        instructions.setPrefRowCount(2);
        instructions.setWrapText(true);
        counters = List.of(
                new LengthCounter(title, TextLimits.Field.TITLE, messages),
                new LengthCounter(patient, TextLimits.Field.PATIENT, messages),
                new LengthCounter(therapist, TextLimits.Field.THERAPIST, messages),
                new LengthCounter(instructions, TextLimits.Field.INSTRUCTIONS, messages));
        titleBox = counters.get(0).view();
        patientBox = counters.get(1).view();
        therapistBox = counters.get(2).view();
        instructionsBox = counters.get(3).view();
        reviewProblem.setId(REVIEW_ID + CheckedField.PROBLEM_SUFFIX);
        reviewProblem.getStyleClass().add(BuilderStyle.PROBLEM);
        WrappingLabel.wrapWhole(reviewProblem);
        // The refusal wraps within the review date's column instead of widening it: one line of it took the width
        // the date picker beside it needs, and the picker ran under the caption "Review on".
        reviewProblem.setPrefWidth(0);
        reviewProblem.setMaxWidth(Double.MAX_VALUE);
        reviewProblem.setVisible(false);
        reviewProblem.managedProperty().bind(reviewProblem.visibleProperty());

        nameWarning = new NameWarning(messages, title, instructions);

        HBox languages = new HBox();
        languages.getStyleClass().add("pk-segmented");
        for (String code : Messages.LANGUAGES) {
            ToggleButton button = new ToggleButton(messages.get("language." + code));
            button.setId(LANGUAGE_ID_PREFIX + code);
            button.setUserData(code);
            button.setToggleGroup(language);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            languages.getChildren().add(button);
        }

        captionFor = List.of(
                caption("builder.details.title", title),
                caption("builder.details.patient", patient),
                caption("builder.details.therapist", therapist),
                caption("builder.details.date", date),
                caption("builder.details.review", review),
                caption("builder.details.language", languages),
                caption("builder.details.instructions", instructions));
        reviewBox = new javafx.scene.layout.VBox(review, reviewProblem);
        this.languages = languages;
        date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        review.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        date.setMaxWidth(Double.MAX_VALUE); // fill their cells like the text fields: "No review date" stays whole
        review.setMaxWidth(Double.MAX_VALUE);
        arrange(true);
        // Two fields side by side only where the two date pickers (which never shrink) and their captions fit.
        widthProperty().subscribe(width -> {
            boolean wide = fitsTwoAcross(width.doubleValue());
            if (wide != this.wide && width.doubleValue() > 0) {
                arrange(wide);
                javafx.application.Platform.runLater(this::requestLayout); // asked during a layout pass
            }
        });

        showing = true; // subscribe() reports the current (empty) values at once: not an edit
        subscriptions = title.textProperty()
                .subscribe(text -> edit("title", editor -> editor.setTitle(text)))
                .and(patient.textProperty().subscribe(text -> edit("patient", editor -> editor.setPatient(text))))
                .and(therapist.textProperty().subscribe(text -> edit("therapist", editor -> editor.setTherapist(text))))
                .and(instructions
                        .textProperty()
                        .subscribe(text -> edit("instructions", editor -> editor.setInstructions(text))))
                .and(date.valueProperty().subscribe(value -> {
                    if (!showing && value != null) {
                        showReviewProblem(model.setDate(value));
                    }
                }))
                .and(review.valueProperty().subscribe(value -> {
                    if (!showing) {
                        showReviewProblem(model.setReviewDate(Optional.ofNullable(value)));
                    }
                }))
                .and(language.selectedToggleProperty().subscribe((before, after) -> {
                    if (after == null && before != null) {
                        before.setSelected(true); // one language is always chosen
                    } else if (after != null) {
                        edit("language", editor -> editor.setLanguage((String) after.getUserData()));
                    }
                }));
        subscriptions = dates.and(subscriptions);
        showing = false;
        show(model.program());
    }

    private void edit(String field, Consumer<ProgramEditor> command) {
        if (!showing) {
            model.edit(field, command);
        }
    }

    /**
     * Wide: patient and therapist share a row, and date and review date. Narrow (the kiosk's own 1280x800 screen,
     * where the middle column is about 480 pixels): one field a row, so no date picker runs under the caption
     * beside it. The title, the handout language and the instructions always get whole rows.
     */
    private void arrange(boolean wide) {
        this.wide = wide;
        getChildren().clear();
        int row = 0;
        place(row++, 0, titleBox, 3);
        if (wide) {
            place(row, 1, patientBox, 1);
            place(row++, 2, therapistBox, 1);
            place(row, 3, date, 1);
            place(row++, 4, reviewBox, 1);
        } else {
            place(row++, 1, patientBox, 3);
            place(row++, 2, therapistBox, 3);
            place(row++, 3, date, 3);
            place(row++, 4, reviewBox, 3);
        }
        place(row++, 5, languages, 3);
        place(row++, 6, instructionsBox, 3);
        add(nameWarning.view(), 1, row, 3, 1);
    }

    /** Puts caption {@code caption} and its field on {@code row}: the first pair of a row at the left, a second beside it. */
    private void place(int row, int caption, Node field, int span) {
        boolean second = getChildren().stream()
                .anyMatch(child -> GridPane.getRowIndex(child) != null && GridPane.getRowIndex(child) == row);
        int column = second ? 2 : 0;
        add(captionFor.get(caption), column, row);
        add(field, column + 1, row, span, 1);
    }

    /**
     * Two across only where both field columns, which share the room left by the captions, show every field of
     * theirs whole: the date pickers (which never shrink) and each field's placeholder, which is all an empty
     * field says ('Naam of initialen (mag leeg)' was cut to 'Naam of initi' at 1366x768).
     */
    private boolean fitsTwoAcross(double width) {
        double left = 0;
        for (int caption : new int[] {0, 1, 3, 5, 6}) {
            left = Math.max(left, captionFor.get(caption).prefWidth(-1));
        }
        double right =
                Math.max(captionFor.get(2).prefWidth(-1), captionFor.get(4).prefWidth(-1));
        double room = width - snappedLeftInset() - snappedRightInset() - 3 * getHgap() - left - right;
        double leftPref = Math.max(date.prefWidth(-1), patient.prefWidth(-1));
        double rightPref = Math.max(review.prefWidth(-1), therapist.prefWidth(-1));
        double extra = room - leftPref - rightPref; // the grid shares it equally: both field columns grow
        return extra >= 0
                && leftPref + extra / 2 >= Math.max(wholePicker(date), wholePlaceholder(patient))
                && rightPref + extra / 2 >= Math.max(wholePicker(review), wholePlaceholder(therapist));
    }

    /** The width at which a text field shows its placeholder whole, in the field's own font and padding. */
    private static double wholePlaceholder(TextField field) {
        return Math.ceil(TextWidth.of(field.getPromptText(), field.getFont()))
                + field.snappedLeftInset()
                + field.snappedRightInset()
                + 2; // the caret's pixel and rounding
    }

    /** A date picker at least as wide as it asks, and wide enough that its editor shows the placeholder whole. */
    private static double wholePicker(DatePicker picker) {
        double button = picker.prefWidth(-1) - picker.getEditor().prefWidth(-1);
        return Math.max(picker.prefWidth(-1), button + wholePlaceholder(picker.getEditor()));
    }

    private Label caption(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(BuilderStyle.FIELD_CAPTION);
        label.setLabelFor(field);
        return label;
    }

    void show(Program program) {
        showing = true;
        try {
            setText(title, program.title());
            setText(patient, program.patient().orElse(""));
            setText(therapist, program.therapist());
            date.setValue(program.date());
            if (reviewProblem.isVisible() && !model.holdsBack(REVIEW_ID)) {
                showReviewProblem(Optional.empty()); // another program was opened: its dates, not the refused one
            }
            if (!reviewProblem.isVisible()) { // keep the refused date in view beside its problem
                review.setValue(program.reviewDate().orElse(null));
            }
            setText(instructions, program.instructions());
            language.getToggles().stream()
                    .filter(toggle -> program.language().equals(toggle.getUserData()))
                    .findFirst()
                    .ifPresent(toggle -> toggle.setSelected(true));
            nameWarning.show(PatientNameCheck.fieldsNamingThePatient(program));
        } finally {
            showing = false;
        }
    }

    private static void setText(javafx.scene.control.TextInputControl field, String text) {
        if (!field.getText().strip().equals(text)) {
            field.setText(text);
        }
    }

    private void showReviewProblem(Optional<String> problem) {
        decoration.removeDecorations(review);
        reviewProblem.setText(problem.orElse(""));
        reviewProblem.setVisible(problem.isPresent());
        problem.ifPresent(text -> decoration.applyValidationDecoration(ValidationMessage.error(review, text)));
    }

    void dispose() {
        subscriptions.unsubscribe();
        counters.forEach(LengthCounter::dispose);
    }
}
