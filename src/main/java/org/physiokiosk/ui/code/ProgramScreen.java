package org.physiokiosk.ui.code;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.player.PaperProgram;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The program a code opened: its title, the therapist's instructions, and each exercise with the
 * therapist's dose and note; Start plays them all. It shows only what {@link org.physiokiosk.program.KioskProgram}
 * carries, so never a name.
 */
public final class ProgramScreen implements Screen {

    public static final String START_ID = "code-program-start";
    public static final String LIST_ID = "code-program-list";
    public static final String ITEM_ID_PREFIX = "code-program-item-";
    public static final String MISSING_ID_PREFIX = "code-program-missing-";

    private final VBox root = new VBox();
    private final PageScroller scroller;

    /**
     * @param paper        the program's exercises numbered as on the patient's paper (the shell resolves the ids);
     *                     one this kiosk does not hold keeps its number as a quiet row, and Start skips it
     * @param instructions the therapist's general instructions, may be empty
     */
    public ProgramScreen(
            String title, String instructions, PaperProgram paper, Messages messages, TopBar topBar, Runnable onStart) {
        root.getStyleClass().addAll(Theme.SCREEN, CodeStyle.SCREEN);
        String language = messages.language();
        WrappingLabel heading =
                new WrappingLabel(title.isBlank() ? messages.get("code.program.title") : title, Theme.TITLE);
        WrappingLabel intro = new WrappingLabel(messages.get("code.program.intro"), Theme.SUBTITLE);
        VBox list = new VBox();
        list.setId(LIST_ID);
        list.getStyleClass().add(CodeStyle.PROGRAM_LIST);
        if (!instructions.isBlank()) {
            list.getChildren().add(new WrappingLabel(instructions, Theme.BODY));
        }
        DoseWords words = new DoseWords(language);
        for (PaperProgram.Line line : paper.lines()) {
            list.getChildren()
                    .add(line.exercise()
                            .<Node>map(planned -> card(line.number(), planned, language, words))
                            .orElseGet(() -> missing(line.number(), messages)));
        }
        List<PlannedExercise> plan = paper.playable();
        if (plan.isEmpty()) {
            list.getChildren().add(new WrappingLabel(messages.get("code.program.empty"), Theme.MESSAGE));
        }
        scroller = new PageScroller(LIST_ID + "-scroll", list, messages);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        Button start = new Button("▶  " + messages.get("code.program.start"));
        start.setId(START_ID);
        start.getStyleClass().addAll(Theme.BIG_BUTTON, Theme.MAIN_ACTION);
        start.setMinHeight(Region.USE_PREF_SIZE);
        start.setDisable(plan.isEmpty());
        start.setOnAction(event -> onStart.run());
        root.getChildren().addAll(topBar.view(), heading, intro, scroller, start);
    }

    private static VBox card(int number, PlannedExercise planned, String language, DoseWords words) {
        VBox item = new VBox();
        item.setId(ITEM_ID_PREFIX + number);
        item.getStyleClass().addAll(Theme.CARD, CodeStyle.PROGRAM_ITEM);
        item.getChildren()
                .addAll(
                        new WrappingLabel(
                                number + ".  " + planned.exercise().title().in(language), Theme.EXERCISE_TITLE),
                        new WrappingLabel(words.line(planned.dose()), Theme.DOSE_LINE));
        planned.note().ifPresent(note -> item.getChildren().add(new WrappingLabel(note, CodeStyle.PROGRAM_NOTE)));
        return item;
    }

    /** Not a card (nothing to do here), but the number stays, so the paper and the screen count alike. */
    private static WrappingLabel missing(int number, Messages messages) {
        WrappingLabel row = new WrappingLabel(
                number + ".  " + messages.get("code.program.missing"), Theme.BODY, CodeStyle.PROGRAM_MISSING);
        row.setId(MISSING_ID_PREFIX + number);
        return row;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        scroller.dispose();
    }
}
