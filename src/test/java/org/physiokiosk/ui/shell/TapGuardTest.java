package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.LongPress;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tap guard on a bare scene, with presses made by hand and time pushed in. A press fired in the same FX
 * runnable as the change is one that waited in the queue while the new content was made: no pulse came between.
 */
class TapGuardTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong clock = new AtomicLong(10_000 * MS);
    private final List<EventType<?>> reached = new ArrayList<>();
    private final Region button = new Region();
    private final AtomicInteger laidOut = new AtomicInteger();
    private Scene scene;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> stage.close());
    }

    private void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get();
    }

    private Subscription sceneWithGuard() {
        button.setPrefSize(200, 100);
        button.addEventHandler(MouseEvent.ANY, event -> reached.add(event.getEventType()));
        scene = new Scene(new StackPane(button), 400, 300);
        stage = new Stage();
        stage.setScene(scene);
        stage.show(); // the guard hears from the window's pulses when new content is laid out
        Subscription guard = TapGuard.install(scene, clock::get);
        // After the guard's own listener, so its word that the content is shown is queued before shown() looks.
        scene.addPostLayoutPulseListener(laidOut::incrementAndGet);
        return guard;
    }

    /** Lets the window lay the new content out and the guard hear of it, as a patient's eyes wait for it. */
    private void shown() throws Exception {
        long before = laidOut.get();
        onFx(() -> button.setPrefWidth(button.getPrefWidth() + 1)); // something to lay out
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> laidOut.get() > before);
        onFx(() -> {}); // the guard's word that it was shown was queued in that pulse, before this
    }

    private void tap() {
        fire(MouseEvent.MOUSE_PRESSED);
        fire(MouseEvent.MOUSE_RELEASED);
        fire(MouseEvent.MOUSE_CLICKED);
    }

    private void fire(EventType<MouseEvent> type) {
        MouseEvent event = new MouseEvent(
                type,
                100,
                50,
                100,
                50,
                MouseButton.PRIMARY,
                1,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                false,
                true,
                new PickResult(button, 100, 50));
        javafx.event.Event.fireEvent(button, event);
    }

    @Test
    void aDoubleTapAfterAChangeReachesTheNewContentOnce() throws Exception {
        AtomicReference<Subscription> guard = new AtomicReference<>();
        onFx(() -> {
            guard.set(sceneWithGuard());
            tap();
            assertThat(reached).as("nothing changed yet: a tap").hasSize(3);
            reached.clear();
            ContentChange.announce(button); // the first tap of a double tap opened a screen
        });
        shown();
        onFx(() -> {
            clock.addAndGet(80 * MS);
            tap();
            assertThat(reached)
                    .as("the second tap, 80 ms after the screen was shown, with its release and click")
                    .isEmpty();

            clock.addAndGet(400 * MS);
            tap();
            assertThat(reached).as("a deliberate tap after the screen settled").hasSize(3);

            guard.get().unsubscribe();
            ContentChange.announce(button);
            tap();
            assertThat(reached).as("removed with its subscription").hasSize(6);
        });
    }

    /** Decision 0047: the FX thread was busy making the new screen; the patient tapped again 5 s later. */
    @Test
    void aTapQueuedWhileTheNewContentWasMadeNeverReachesItHoweverLateItIsHandled() throws Exception {
        onFx(() -> {
            sceneWithGuard();
            ContentChange.announce(button); // the first tap's screen, made slowly
            clock.addAndGet(5_000 * MS);
            tap(); // the second tap, made 5 s later, handled right after: before any pulse laid the screen out
            assertThat(reached).as("a tap aimed at the old screen").isEmpty();
        });
        shown();
        onFx(() -> {
            clock.addAndGet(100 * MS);
            tap();
            assertThat(reached)
                    .as("the quiet time runs from when the screen was shown")
                    .isEmpty();
            clock.addAndGet(400 * MS);
            tap();
            assertThat(reached).as("a tap on what the patient now sees").hasSize(3);
        });
    }

    @Test
    void aFingerDownWhenTheContentChangesDoesNotLiftOnTheNewContent() throws Exception {
        onFx(() -> {
            sceneWithGuard();
            fire(MouseEvent.MOUSE_PRESSED); // on the last step's button, say
            ContentChange.announce(button); // the player's summary takes its place
            fire(MouseEvent.MOUSE_DRAGGED);
            fire(MouseEvent.MOUSE_RELEASED);
            fire(MouseEvent.MOUSE_CLICKED);
            assertThat(reached).as("only the press, made on the old content").containsExactly(MouseEvent.MOUSE_PRESSED);
        });
    }

    @Test
    void aSwallowedPressStillCountsAsPresenceAndTimesTheStaffDoorsLongPress() throws Exception {
        onFx(() -> {
            sceneWithGuard();
            AtomicInteger presence = new AtomicInteger();
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> presence.incrementAndGet()); // as IdleGuard does
            AtomicInteger doorOpened = new AtomicInteger();
            LongPress.onScene(scene, node -> node == button, clock::get, doorOpened::incrementAndGet);

            ContentChange.announce(button);
            fire(MouseEvent.MOUSE_PRESSED);
            clock.addAndGet(LongPress.HOLD_NANOS);
            fire(MouseEvent.MOUSE_RELEASED);
            fire(MouseEvent.MOUSE_CLICKED);

            assertThat(reached).as("the screen saw nothing").isEmpty();
            assertThat(presence).as("the idle guard saw the press").hasValue(1);
            assertThat(doorOpened)
                    .as("the long press right after a change still opens the door")
                    .hasValue(1);
        });
    }
}
