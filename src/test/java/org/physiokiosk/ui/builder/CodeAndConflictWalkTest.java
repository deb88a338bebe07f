package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** F35: a save conflict keeps the open work as a copy; F32: "Nieuwe code" asks, and one click is one code. */
@ExtendWith(ApplicationExtension.class)
class CodeAndConflictWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("code-and-conflict");

    private final List<String> questions = walk.questions();

    private static Program lowBack(String title) {
        Program empty = Program.empty(TherapistDesk.today(), "nl");
        return empty.withTitle(title).withPatient(Optional.of("Jan de Vries"));
    }

    @Test
    void aConflictOffersToSaveTheOpenVersionAsACopyAndKeepsTheOthersVersion(FxRobot robot) throws Exception {
        TherapistDesk desk = walk.desk().withCodes();
        FileProgramStore store = new FileProgramStore(walk.folder().resolve("programs"));
        Program saved = store.save(lowBack("Bereik test"));
        IssuedCode original = desk.codes().issueCode(saved.id().orElseThrow(), saved.date());
        BuilderScreen screen = walk.showBuilder(1920, 1080, shown -> {});
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
        HeldTasks held = new HeldTasks();
        TherapistDesk desk = walk.desk().withCodes().workers(held, TaskRunner.sameThread());
        FileProgramStore store = new FileProgramStore(walk.folder().resolve("programs"));
        Program saved = store.save(lowBack("Rug"));
        String id = saved.id().orElseThrow();
        IssuedCode first = desk.codes().issueCode(id, saved.date());
        BuilderScreen screen = walk.showBuilder(1920, 1080, shown -> {});
        robot.interact(() -> screen.open(saved));
        held.runAll(robot);

        walk.answer(false);
        Finger.tap(robot, "#" + KioskCodePane.NEW_ID);
        WaitForAsyncUtils.waitForFxEvents();
        held.runAll(robot);
        assertThat(questions).singleElement().asString().contains("Nieuwe code geven?");
        assertThat(desk.codes().currentCode(id)).as("no means no").hasValue(first);

        walk.answer(true);
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
        assertThat(java.nio.file.Files.readString(
                        walk.folder().resolve(org.physiokiosk.program.FileCodeIndex.FILE_NAME)))
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
