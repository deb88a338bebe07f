package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.SavedProgram;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.Pulses;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.shell.Navigator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F20, F19, F30 at the desk, 1280x800: rows a busy desk can tell apart, a search, unreadable files in plain
 * Dutch by file name, a delete question that names the code, and a list read again after a save conflict.
 */
@ExtendWith(ApplicationExtension.class)
class SavedListWalkTest {

    private static final String LONG_TITLE = "Lage rugklachten na het tillen van zware dozen bij de verhuizing, "
            + "met uitstraling naar het linkerbeen en een stijve nek na lang zitten achter de computer op het werk";

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("saved-list");

    private final Path folder = walk.folder();
    private final FileProgramStore store = new FileProgramStore(folder.resolve("programs"));
    private final List<String> questions = walk.questions();

    private Program saved(String title, String patient) throws Exception {
        Program empty = Program.empty(
                TherapistDesk.CLOCK
                        .instant()
                        .atZone(TherapistDesk.CLOCK.getZone())
                        .toLocalDate(),
                "nl");
        return store.save(
                empty.withTitle(title).withPatient(patient.isEmpty() ? Optional.empty() : Optional.of(patient)));
    }

    private BuilderScreen open() throws Exception {
        walk.answer(false);
        Navigator navigator = walk.openFlow(1280, 800, Optional.empty());
        return (BuilderScreen) navigator.currentProperty().get();
    }

    @SuppressWarnings("unchecked")
    private static ListView<SavedProgram> list(FxRobot robot) {
        return robot.lookup("#" + SavedProgramsPane.LIST_ID).queryAs(ListView.class);
    }

    @Test
    void rowsSayPatientDateAndCodeTheSearchFindsOneAndBrokenFilesArePlainDutch(FxRobot robot) throws Exception {
        TherapistDesk desk = walk.desk().withCodes();
        for (int i = 0; i < 8; i++) {
            saved("", "");
        }
        Program elise = saved("", "Élise Dupont");
        Program longOne = saved(LONG_TITLE, "Jan Jansen");
        IssuedCode code = desk.codes().issueCode(longOne.id().orElseThrow(), longOne.date());
        Files.writeString(folder.resolve("programs/kapot.json"), "{\"schemaVersion\": 1, \"id\": \"kapot\", \"ti");
        Files.writeString(folder.resolve("programs/nieuw99.json"), "{\"schemaVersion\": 99, \"id\": \"nieuw99\"}");
        open();

        Finger.tap(robot, "#builder-tab-saved");
        ListView<SavedProgram> list = list(robot);
        assertThat(list.getItems()).hasSize(10);
        List<String> shown = Pulses.onFx(() -> robot.from(list).lookup(".label").queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> ((Labeled) node).getText())
                .toList());
        String date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.forLanguageTag("nl"))
                .format(longOne.date());
        assertThat(shown)
                .contains(LONG_TITLE, "Jan Jansen", "Élise Dupont", code.code().grouped(), date);
        assertLongRowShowsItsDateAndCodeWhole(robot, list, code.code().grouped());

        assertThat(robot.lookup("#" + UnreadableFilesNote.SUMMARY_ID)
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("2 bestanden konden niet worden gelezen.");
        assertThat(shown(robot.lookup("#" + UnreadableFilesNote.DETAILS_ID).query()))
                .as("which files: only when asked")
                .isFalse();
        Finger.tap(robot, "#" + UnreadableFilesNote.DETAILS_BUTTON_ID);
        Label problems = robot.lookup("#" + UnreadableFilesNote.DETAILS_ID).queryAs(Label.class);
        assertThat(shown(problems)).isTrue();
        assertThat(problems.getText())
                .isEqualTo(
                        "kapot.json: Dit bestand is beschadigd en kan niet worden geopend.\n"
                                + "nieuw99.json: Gemaakt met een nieuwere versie van PhysioKiosk; deze versie laat het ongemoeid.")
                .doesNotContain(folder.toString());

        Finger.tap(robot, "#" + SavedProgramsPane.SEARCH_ID).write("ELISE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(list)).containsExactly(elise.id().orElseThrow());
        type(robot, code.code().value().toLowerCase(java.util.Locale.ROOT));
        assertThat(ids(list))
                .as("the code typed without its dash")
                .containsExactly(longOne.id().orElseThrow());
        type(robot, "zzz");
        assertThat(list.getItems()).isEmpty();
        assertThat(((Label) list.getPlaceholder()).getText()).isEqualTo("Geen programma gevonden voor \"zzz\".");

        type(robot, code.code().grouped());
        assertThat(ids(list))
                .as("the code typed with its dash")
                .containsExactly(longOne.id().orElseThrow());
        Node row = Pulses.onFx(() -> robot.from(list).lookup(".list-cell").queryAll().stream()
                .map(javafx.scene.control.IndexedCell.class::cast)
                .filter(cell -> cell.isVisible() && !cell.isEmpty())
                .findFirst()
                .orElseThrow());
        Finger.tap(robot, row);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        Finger.tap(robot, "#" + SavedProgramsPane.DELETE_ID);
        assertThat(questions)
                .singleElement()
                .asString()
                .contains("De kioskcode " + code.code().grouped() + " werkt dan niet meer");
        assertThat(store.load(longOne.id().orElseThrow())).as("no means no").isPresent();
    }

    @Test
    void fortyUnreadableFilesTakeOneLineAndTheProgramsKeepTheirRoom(FxRobot robot) throws Exception {
        List<String> titles = List.of("Rug na tillen", "Nek en schouders", "Heup");
        for (String title : titles) {
            saved(title, "");
        }
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve("programs/kapot" + i + ".json"), "{\"schemaVersion\": 1, \"id");
        }
        open();
        Finger.tap(robot, "#builder-tab-saved");
        ListView<SavedProgram> list = list(robot);
        assertThat(list.getItems()).hasSize(3);

        assertThat(robot.lookup("#" + UnreadableFilesNote.SUMMARY_ID)
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("40 bestanden konden niet worden gelezen.");
        assertAllRowsShownWhole(robot, list, titles);

        Finger.tap(robot, "#" + UnreadableFilesNote.DETAILS_BUTTON_ID);
        Label details = robot.lookup("#" + UnreadableFilesNote.DETAILS_ID).queryAs(Label.class);
        assertThat(shown(details)).isTrue();
        assertThat(details.getText().lines()).hasSize(40).allMatch(line -> line.startsWith("kapot"));
        assertAllRowsShownWhole(robot, list, titles);

        Finger.tap(robot, "#" + UnreadableFilesNote.DETAILS_BUTTON_ID);
        assertThat(shown(details)).as("the same button hides them again").isFalse();
    }

    /** Visible, and so is every parent up to the window. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every program's row is in the list's view, top to bottom: nothing pushed it out of sight. */
    private static void assertAllRowsShownWhole(FxRobot robot, ListView<SavedProgram> list, List<String> titles) {
        Pulses.onFx(() -> {
            Bounds view = list.localToScene(list.getLayoutBounds());
            List<Label> rows = robot.from(list).lookup("." + SavedProgramsPane.ROW_TITLE).queryAll().stream()
                    .map(Label.class::cast)
                    .filter(label -> titles.contains(label.getText()) && label.isVisible())
                    .toList();
            assertThat(rows).extracting(Label::getText).containsExactlyInAnyOrderElementsOf(titles);
            for (Label row : rows) {
                Bounds bounds = row.localToScene(row.getLayoutBounds());
                assertThat(bounds.getMaxY())
                        .as(row.getText() + " inside the list's view")
                        .isLessThanOrEqualTo(view.getMaxY());
            }
            return null;
        });
    }

    @Test
    void afterASaveConflictTheListShowsTheOtherDesksTitle(FxRobot robot) throws Exception {
        Program mine = saved("Bereik test", "");
        BuilderScreen screen = open();
        Finger.tap(robot, "#builder-tab-saved");
        robot.interact(() -> screen.open(mine.withTitle("Mijn versie")));
        store.save(mine.withTitle("Andere desk")); // another desk, meanwhile
        walk.answer(false); // no copy

        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list(robot).getItems())
                .extracting(row -> row.summary().title())
                .containsExactly("Andere desk");
    }

    /**
     * In English, dates read day, month, year as on the handout ("29 November 2026") and in the date fields: with
     * plain "en" the list said "Nov 29, 2026" and the code "Valid until February 27, 2027" (seen on the real desk).
     */
    @Test
    void englishDatesReadDayMonthYear(FxRobot robot) throws Exception {
        TherapistDesk desk = walk.desk().language("en").withCodes();
        Program program = saved("Lower back", "A.B.");
        IssuedCode code = desk.codes().issueCode(program.id().orElseThrow(), program.date());
        BuilderScreen screen = open();

        Finger.tap(robot, "#builder-tab-saved");
        List<String> shown = Pulses.onFx(() -> robot.from(list(robot)).lookup(".label").queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> ((Labeled) node).getText())
                .toList());
        assertThat(shown).contains("29 Nov 2026");

        robot.interact(() -> screen.open(program));
        String lastDay = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(code.lastDay());
        WaitForAsyncUtils.waitFor(
                5,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#" + KioskCodePane.UNTIL_ID)
                        .queryAs(Label.class)
                        .getText()
                        .isEmpty());
        assertThat(robot.lookup("#" + KioskCodePane.UNTIL_ID)
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Valid until " + lastDay);
    }

    private static void type(FxRobot robot, String text) {
        Finger.tap(robot, "#" + SavedProgramsPane.SEARCH_ID);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> ids(ListView<SavedProgram> list) {
        return list.getItems().stream().map(row -> row.summary().id()).toList();
    }

    private static void assertLongRowShowsItsDateAndCodeWhole(FxRobot robot, ListView<SavedProgram> list, String code) {
        Pulses.onFx(() -> {
            ScrollBar horizontal = robot.from(list).lookup(".scroll-bar").queryAll().stream()
                    .map(ScrollBar.class::cast)
                    .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                    .findFirst()
                    .orElse(null);
            assertThat(horizontal == null || !horizontal.isVisible())
                    .as("no horizontal scroll bar behind a long title")
                    .isTrue();
            Bounds listBounds = list.localToScene(list.getLayoutBounds());
            Label codeLabel = robot.from(list).lookup("." + SavedProgramsPane.ROW_CODE).queryAll().stream()
                    .map(Label.class::cast)
                    .filter(label -> label.getText().equals(code))
                    .findFirst()
                    .orElseThrow();
            assertThat(((Text) codeLabel.lookup(".text")).getText()).isEqualTo(code);
            assertThat(codeLabel.localToScene(codeLabel.getLayoutBounds()).getMaxX())
                    .isLessThanOrEqualTo(listBounds.getMaxX());
            Label date = (Label) codeLabel.getParent().getChildrenUnmodifiable().get(1);
            assertThat(((Text) date.lookup(".text")).getText()).isEqualTo(date.getText());
            return null;
        });
    }
}
