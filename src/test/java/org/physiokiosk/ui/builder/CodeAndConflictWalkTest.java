package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.testing.BuilderWindow;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** F35: a save conflict keeps the open work as a copy; F32: "Nieuwe code" asks, and one click is one code. */
@ExtendWith(ApplicationExtension.class)
class CodeAndConflictWalkTest {

    private Path folder;
    private final List<String> questions = new ArrayList<>();
    private boolean answer = true;
    private BuilderWindow window;

    @AfterEach
    void closeAndRemove() throws Exception {
        if (window != null) {
            window.close();
        }
        TempFolders.remove(folder);
    }

    private BuilderScreen open(TherapistDesk desk) throws Exception {
        desk.confirm(question -> {
            questions.add(question);
            return answer;
        });
        window = desk.showBuilder(1920, 1080, shown -> {});
        return window.screen();
    }

    private static Program lowBack(String title) {
        Program empty = Program.empty(TherapistDesk.today(), "nl");
        return empty.withTitle(title).withPatient(Optional.of("Jan de Vries"));
    }

    @Test
    void aConflictOffersToSaveTheOpenVersionAsACopyAndKeepsTheOthersVersion(FxRobot robot) throws Exception {
        folder = TempFolders.create("conflict");
        TherapistDesk desk = TherapistDesk.in(folder).withCodes();
        FileProgramStore store = new FileProgramStore(folder.resolve("programs"));
        Program saved = store.save(lowBack("Bereik test"));
        IssuedCode original = desk.codes().issueCode(saved.id().orElseThrow(), saved.date());
        BuilderScreen screen = open(desk);
        robot.interact(() -> screen.open(saved.withTitle("Mijn versie")));
        store.save(saved.withTitle("Andere desk")); // another desk, meanwhile

        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(questions).singleElement().asString().contains("Jouw versie bewaren");
        List<String> titles = store.list().programs().stream()
                .map(ProgramStore.Summary::title)
                .toList();
        assertThat(titles).containsExactlyInAnyOrder("Andere desk", "Mijn versie (kopie)");
        Program onDesk = screen.program();
        assertThat(onDesk.id()).isPresent().isNotEqualTo(saved.id());
        assertThat(onDesk.title()).isEqualTo("Mijn versie (kopie)");
        assertThat(onDesk.patient()).hasValue("Jan de Vries");
        Optional<IssuedCode> copyCode = desk.codes().currentCode(onDesk.id().orElseThrow());
        assertThat(copyCode).isPresent();
        assertThat(copyCode.get().code()).isNotEqualTo(original.code());
        assertThat(desk.codes().currentCode(saved.id().orElseThrow()))
                .as("the other desk's program keeps the code on its paper")
                .hasValue(original);
    }

    @Test
    void aNewCodeAsksFirstAndASecondClickWhileItRunsIsIgnored(FxRobot robot) throws Exception {
        folder = TempFolders.create("new-code");
        HeldTasks held = new HeldTasks();
        TherapistDesk desk = TherapistDesk.in(folder).withCodes().workers(held, TaskRunner.sameThread());
        FileProgramStore store = new FileProgramStore(folder.resolve("programs"));
        Program saved = store.save(lowBack("Rug"));
        String id = saved.id().orElseThrow();
        IssuedCode first = desk.codes().issueCode(id, saved.date());
        BuilderScreen screen = open(desk);
        robot.interact(() -> screen.open(saved));
        held.runAll(robot);

        answer = false;
        Finger.tap(robot, "#" + KioskCodePane.NEW_ID);
        WaitForAsyncUtils.waitForFxEvents();
        held.runAll(robot);
        assertThat(questions).singleElement().asString().contains("Nieuwe code geven?");
        assertThat(desk.codes().currentCode(id)).as("no means no").hasValue(first);

        answer = true;
        questions.clear();
        Finger.tap(robot, "#" + KioskCodePane.NEW_ID);
        Finger.tap(robot, "#" + KioskCodePane.NEW_ID);
        WaitForAsyncUtils.waitForFxEvents();
        held.runAll(robot);
        assertThat(questions)
                .as("one question: the second click found the button resting")
                .hasSize(1);
        IssuedCode now = desk.codes().currentCode(id).orElseThrow();
        assertThat(now).isNotEqualTo(first);
        assertThat(java.nio.file.Files.readString(folder.resolve(org.physiokiosk.program.FileCodeIndex.FILE_NAME)))
                .as("one new code, not two")
                .containsOnlyOnce("\"revokedOn\"");
    }

    /** A worker that holds every task until the test lets them run, on the FX thread. */
    private static final class HeldTasks implements TaskRunner {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public synchronized <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            waiting.add(() -> TaskRunner.sameThread().run(work, onDone, onFailure));
        }

        void runAll(FxRobot robot) {
            for (int round = 0; round < 10; round++) {
                List<Runnable> now;
                synchronized (this) {
                    now = new ArrayList<>(waiting);
                    waiting.clear();
                }
                now.forEach(task -> robot.interact(task));
            }
        }
    }
}
