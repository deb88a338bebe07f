package org.physiokiosk.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.therapist.PinScreen;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every desk walk sets up and takes down, once: a temp folder for the programs, a {@link TherapistDesk} in it
 * whose "are you sure?" questions are written down and answered as the walk says (yes, unless told), the builder's
 * window, and after each test the window closed and the folder removed. Register it on the walk:
 * {@code @RegisterExtension final DeskWalk walk = new DeskWalk("red-fields");}, then {@code walk.desk()} to say
 * what the test cares about and {@code walk.showBuilder(...)} to open it.
 */
public final class DeskWalk implements AfterEachCallback {

    private final String name;
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private volatile boolean answer = true;
    private Path folder;
    private TherapistDesk desk;
    private BuilderWindow window;
    private Stage flowStage;
    private Navigator flow;

    /** @param name the temp folder's prefix, to tell a walk's leftovers apart */
    public DeskWalk(String name) {
        this.name = name;
    }

    /** The walk's desk, made in a new temp folder on first use; its answers to questions come from {@link #answer}. */
    public TherapistDesk desk() {
        if (desk == null) {
            folder = TempFolders.create(name);
            desk = TherapistDesk.in(folder).confirm(question -> {
                questions.add(question);
                return answer;
            });
        }
        return desk;
    }

    /** The desk's folder (programs are in its "programs"). */
    public Path folder() {
        desk();
        return folder;
    }

    /** The questions the desk asked, in order. */
    public List<String> questions() {
        return questions;
    }

    /** How the next questions are answered: yes (go on) or no (stay). */
    public void answer(boolean yes) {
        answer = yes;
    }

    /** Opens the walk's desk as a builder alone in a window (see {@link TherapistDesk#showBuilder}). */
    public BuilderScreen showBuilder(double width, double height, Consumer<BuilderScreen> then) throws Exception {
        window = desk().showBuilder(width, height, then);
        return window.screen();
    }

    /**
     * Opens the walk's desk as the therapist flow in a new window (the PIN gate when {@code pin} is given, else the
     * builder; see {@link TherapistDesk#open}); after the test its screen is disposed and the window closed.
     */
    public Navigator openFlow(double width, double height, Optional<Predicate<String>> pin) throws Exception {
        TherapistDesk opened = desk();
        flow = WaitForAsyncUtils.asyncFx(() -> {
                    flowStage = new Stage();
                    return opened.open(flowStage, width, height, pin, Optional.empty());
                })
                .get();
        return flow;
    }

    /** The builder's window, once shown. */
    public BuilderWindow window() {
        return window;
    }

    /** Taps {@code pin} on the PIN gate's digits, then its open button. */
    public static void typePin(FxRobot robot, String pin) {
        for (char digit : pin.toCharArray()) {
            Finger.tap(robot, "#" + PinScreen.KEY_ID_PREFIX + digit);
        }
        Finger.tap(robot, "#" + PinScreen.OK_ID);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (window != null) {
            window.close();
        }
        if (flowStage != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                        flow.currentProperty().get().dispose();
                        flowStage.close();
                    })
                    .get();
        }
        TempFolders.remove(folder);
    }
}
