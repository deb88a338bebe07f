package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.therapist.PinScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A therapist's walk through the real screens, headless: PIN, search, three exercises, a dose (and a
 * refused one), reorder, undo, save, reopen, export, with the real handout renderer behind preview and export.
 */
@ExtendWith(ApplicationExtension.class)
class TherapistWalkTest {

    private static final String PIN = "2468";

    private Navigator navigator;
    private Path folder;
    private Path exported;
    private ProgramCodes codes;
    private final List<String> questions = new ArrayList<>();
    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner("test-tasks");
    private final BackgroundTaskRunner renders = new BackgroundTaskRunner("test-renders");
    private final AtomicReference<BuilderScreen> left = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        folder = TempFolders.create("therapist-walk");
        exported = folder.resolve("handout.pdf");
        TherapistDesk desk = TherapistDesk.in(folder)
                .workers(tasks, renders)
                .exportTo(name -> {
                    questions.add("export as " + name);
                    return Optional.of(exported);
                })
                .confirm(question -> questions.add(question))
                .withCodes();
        codes = desk.codes();
        navigator = desk.open(stage, 1920, 1080, Optional.of(PIN::equals), Optional.of(() -> {
            left.set(builder());
            navigator.show(() -> () -> new VBox()); // the patient screens, in the kiosk
        }));
    }

    @AfterEach
    void stopWorkers() {
        tasks.close();
        renders.close();
        TempFolders.remove(folder);
    }

    @Test
    void buildSaveReopenAndExportAProgram(FxRobot robot) throws Exception {
        // The gate: a wrong PIN is refused and not kept; the right one opens the builder.
        DeskWalk.typePin(robot, "1234");
        waitUntil(() -> text(robot, "#" + PinScreen.MESSAGE_ID).contains("klopt niet"));
        assertThat(robot.lookup("#" + PinScreen.FIELD_ID).queryLabeled().getText())
                .as("no dot left of the wrong PIN")
                .isEmpty();
        DeskWalk.typePin(robot, PIN);
        waitUntil(() -> navigator.currentProperty().get() instanceof BuilderScreen);

        // Search ignores accents and finds Dutch and English words alike.
        Finger.tap(robot, "#builder-search").write("brug");
        @SuppressWarnings("unchecked")
        ListView<Exercise> library = robot.lookup("#builder-library").queryAs(ListView.class);
        assertThat(library.getItems())
                .isNotEmpty()
                .allSatisfy(exercise -> assertThat(exercise.id()).containsAnyOf("bridge"));
        Finger.tap(robot, robot.from(library).lookup(".list-cell").nth(0).queryAs(Node.class));
        Finger.tap(robot, "#builder-add");
        String first = library.getItems().get(0).id();

        robot.interact(
                () -> robot.lookup("#builder-search").queryAs(TextField.class).clear());
        Finger.tap(robot, "#builder-search").write("knieen");
        assertThat(library.getItems()).isNotEmpty();
        // Two clicks further apart than the toolkit's multi-click time (a loaded machine) are two single clicks,
        // which only select: double-click again until the double click is seen. A single click never adds.
        javafx.geometry.Point2D cell =
                Finger.centre(robot.from(library).lookup(".list-cell").nth(0).queryAs(Node.class));
        for (int tries = 0; tries < 5 && exerciseIds().size() == 1; tries++) {
            robot.doubleClickOn(cell);
            WaitForAsyncUtils.waitForFxEvents();
        }
        String second = library.getItems().get(0).id();
        robot.interact(
                () -> robot.lookup("#builder-search").queryAs(TextField.class).clear());
        Finger.tap(robot, "#builder-search").write("hollow back");
        Finger.tap(robot, robot.from(library).lookup(".list-cell").nth(0).queryAs(Node.class));
        Finger.tap(robot, "#builder-add");
        String third = library.getItems().get(0).id();
        assertThat(exerciseIds()).containsExactly(first, second, third);

        // A search that finds nothing says so in the list, not a blank column.
        robot.interact(
                () -> robot.lookup("#builder-search").queryAs(TextField.class).clear());
        Finger.tap(robot, "#builder-search").write("xyzzy");
        assertThat(library.getItems()).isEmpty();
        assertThat(library.getPlaceholder()).isInstanceOf(Label.class);
        assertThat(((Label) library.getPlaceholder()).getText())
                .isEqualTo("Geen oefening gevonden. Probeer een ander woord of zet de filters uit.");
        assertThat(library.getPlaceholder().getParent().isVisible()).isTrue();
        robot.interact(
                () -> robot.lookup("#builder-search").queryAs(TextField.class).clear());

        // A dose as typed; then a refused one: its message shows and the program keeps the last good value.
        replaceText(robot, "#item-1-reps", "12");
        assertThat(program().items().get(0).dose().reps()).isEqualTo(IntRange.exactly(12));
        replaceText(robot, "#item-1-sets", "3");
        assertThat(program().items().get(0).dose().sets()).isEqualTo(3);
        replaceText(robot, "#item-1-reps", "500");
        assertThat(robot.lookup("#item-1-reps-problem").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(text(robot, "#item-1-reps-problem")).contains("1 tot 100");
        assertThat(program().items().get(0).dose().reps()).isEqualTo(IntRange.exactly(12));
        replaceText(robot, "#item-1-reps", "12");
        assertThat(robot.lookup("#item-1-reps-problem").queryAs(Label.class).isVisible())
                .isFalse();

        // Reorder, then undo the move with the keyboard.
        Finger.tap(robot, "#item-1-down");
        assertThat(exerciseIds()).containsExactly(second, first, third);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(exerciseIds()).containsExactly(first, second, third);
        Finger.tap(robot, "#builder-redo");
        Finger.tap(robot, "#builder-undo");
        assertThat(exerciseIds()).containsExactly(first, second, third);

        // The preview shows the handout's pages once typing pauses.
        waitUntil(() -> builder().previewIsIdle()
                && text(robot, "#builder-preview-status").contains("pagina"));

        // Save, start anew, reopen from the saved list.
        Finger.tap(robot, "#builder-title").write("Rug thuis");
        // The kiosk shows the instructions to the waiting room: the patient's name there is pointed out.
        Finger.tap(robot, "#builder-patient").write("Marieke Jansen");
        assertThat(robot.lookup("#builder-name-warning").queryAs(Label.class).isVisible())
                .isFalse();
        Finger.tap(robot, "#builder-instructions").write("Jansen: rustig opbouwen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#builder-name-warning").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(text(robot, "#builder-name-warning"))
                .contains("de algemene uitleg")
                .doesNotContain("de titel");
        robot.interact(() ->
                robot.lookup("#builder-instructions").queryAs(TextArea.class).setText("Rustig opbouwen"));
        assertThat(robot.lookup("#builder-name-warning").queryAs(Label.class).isVisible())
                .isFalse();
        Finger.tap(robot, "#builder-save");
        waitUntil(() -> text(robot, "#builder-status").contains("opgeslagen"));
        assertThat(program().id()).isPresent();
        // Saving gave the program a code for the kiosk, shown large enough to read out.
        waitUntil(() -> text(robot, "#builder-code").startsWith("Code voor de kiosk: "));
        String code =
                codes.currentCode(program().id().get()).orElseThrow().code().grouped();
        assertThat(text(robot, "#builder-code")).isEqualTo("Code voor de kiosk: " + code);
        assertThat(text(robot, "#builder-code-until")).startsWith("Geldig tot en met ");
        Finger.tap(robot, "#builder-new");
        assertThat(text(robot, "#builder-code"))
                .as("a new program has no code yet")
                .startsWith("Bewaar het programma");
        assertThat(program().items()).isEmpty();
        assertThat(questions).as("nothing unsaved, so no question").isEmpty();
        Finger.tap(robot, "#builder-tab-saved");
        @SuppressWarnings("unchecked")
        ListView<Object> saved = robot.lookup("#builder-saved").queryAs(ListView.class);
        waitUntil(() -> saved.getItems().size() == 1);
        Finger.tap(robot, robot.from(saved).lookup(".list-cell").nth(0).queryAs(Node.class));
        Finger.tap(robot, "#builder-saved-open");
        waitUntil(() -> program().items().size() == 3);
        assertThat(program().title()).isEqualTo("Rug thuis");
        assertThat(program().items().get(0).dose().reps()).isEqualTo(IntRange.exactly(12));

        // Export: the suggested name has the title and date; the file holds the doses as entered.
        Finger.tap(robot, "#builder-export");
        waitUntil(() -> Files.exists(exported));
        assertThat(questions).containsExactly("export as rug-thuis-2026-11-29.pdf");
        try (PDDocument document = Loader.loadPDF(exported.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            DoseWords words = new DoseWords("nl");
            for (ProgramItem item : program().items()) {
                assertThat(text).contains(words.line(item.dose(), item.daysPerWeek()));
            }
            assertThat(text).contains("3 series van 12 keer");
            assertThat(text).as("the kiosk code on the handout").contains(code);
        }

        // Leaving forgets the program: the builder's model is blank and its preview empty.
        BuilderScreen screen = builder();
        Finger.tap(robot, "#builder-leave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.get()).isSameAs(screen);
        assertThat(screen.program().items()).isEmpty();
        assertThat(screen.program().title()).isEmpty();
        assertThat(screen.view().lookupAll(".image-view")).isEmpty();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        Finger.tap(robot, field);
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private BuilderScreen builder() {
        return (BuilderScreen) navigator.currentProperty().get();
    }

    private Program program() {
        return builder().program();
    }

    private List<String> exerciseIds() {
        return program().items().stream().map(item -> item.exercise()).toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
