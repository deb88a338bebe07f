package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.LongPress;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The tap guard on a bare scene, with presses made by hand and time pushed in. */
class TapGuardTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong clock = new AtomicLong(10_000 * MS);
    private final List<EventType<?>> reached = new ArrayList<>();
    private final Region button = new Region();
    private Scene scene;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get();
    }

    private Subscription sceneWithGuard() {
        button.setPrefSize(200, 100);
        button.addEventHandler(MouseEvent.ANY, event -> reached.add(event.getEventType()));
        scene = new Scene(new StackPane(button), 400, 300);
        new Stage().setScene(scene);
        return TapGuard.install(scene, clock::get);
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
        onFx(() -> {
            Subscription guard = sceneWithGuard();
            tap();
            assertThat(reached).as("nothing changed yet: a tap").hasSize(3);
            reached.clear();

            ContentChange.announce(button); // the first tap of a double tap opened a screen
            clock.addAndGet(80 * MS);
            tap();
            assertThat(reached)
                    .as("the second tap, 80 ms later, with its release and click")
                    .isEmpty();

            clock.addAndGet(400 * MS);
            tap();
            assertThat(reached).as("a deliberate tap after the screen settled").hasSize(3);

            guard.unsubscribe();
            ContentChange.announce(button);
            tap();
            assertThat(reached).as("removed with its subscription").hasSize(6);
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
