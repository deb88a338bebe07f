package org.physiokiosk.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.Animation;
import javafx.animation.Transition;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Counts a window's pulses and the pictures JavaFX actually paints, and says whether the toolkit is at rest.
 *
 * <p>A pulse runs only while an animation or a timer is registered with JavaFX's primary timer, or when
 * something asked for one (a node changed, a layout was requested); each pulse runs the scene's pre-layout
 * listeners ({@link Scene#addPreLayoutPulseListener}, public API). A picture is painted only when something in
 * the scene was dirty at that pulse (JavaFX's own scene tracker counts them, as the player's benchmark does).
 *
 * <p>"At rest" is read from the toolkit itself, on the FX thread: no animation or timer registered and no
 * pulse asked for. Once it holds, nothing pulses again unless something new asks; so a test can count over a
 * span in which it expects zero, and machine load can only delay pulses, never make them. The two readings
 * go into JavaFX 21's internals (the primary timer's receivers, QuantumToolkit's pulse request); they are
 * pinned with the JavaFX version and fail loudly if they move.
 */
public final class Pulses {

    private final AtomicLong pulses = new AtomicLong();
    private final AtomicLong painted = new AtomicLong();

    private Pulses() {}

    /** Starts counting on {@code scene} (call from the test thread). */
    public static Pulses on(Scene scene) {
        Pulses counter = new Pulses();
        onFx(() -> {
            scene.addPreLayoutPulseListener(counter.pulses::incrementAndGet);
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene)
                    .setOnRenderedFrameTask(counter.painted::incrementAndGet);
            return null;
        });
        return counter;
    }

    public long pulses() {
        return pulses.get();
    }

    public long painted() {
        return painted.get();
    }

    /**
     * Waits until the toolkit is at rest (every entrance animation over, no pulse pending), at most
     * {@code seconds}; returns what still runs when it never got there (empty when it did).
     */
    public static List<String> awaitRest(int seconds) {
        try {
            // Three looks in a row, each queued behind whatever the last one's turn left queued: a pulse can leave a
            // runLater behind that asks for the next layout (PageScroller does), and one look could fall between.
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> restsAtEachOf(3));
            return List.of();
        } catch (TimeoutException stillRunning) {
            List<String> running = onFx(Pulses::running);
            return running.isEmpty() ? List.of("no animation, but a pulse was asked for at every look") : running;
        }
    }

    private static boolean restsAtEachOf(int looks) {
        for (int look = 0; look < looks; look++) {
            if (!onFx(Pulses::atRest)) {
                return false;
            }
        }
        return true;
    }

    private static boolean atRest() throws ReflectiveOperationException {
        return running().isEmpty() && !flag("nextPulseRequested") && !flag("animationRunning");
    }

    /** The animations and timers registered with the primary timer, described for a failure message. */
    public static List<String> running() throws ReflectiveOperationException {
        Object timer = com.sun.javafx.tk.Toolkit.getToolkit().getPrimaryTimer();
        Class<?> type = com.sun.scenario.animation.AbstractPrimaryTimer.class;
        List<String> running = new ArrayList<>();
        describe(read(type, timer, "receivers"), (int) read(type, timer, "receiversLength"), running);
        describe(read(type, timer, "animationTimers"), (int) read(type, timer, "animationTimersLength"), running);
        return running;
    }

    private static void describe(Object array, int length, List<String> into) throws ReflectiveOperationException {
        for (int i = 0; i < length; i++) {
            Object receiver = java.lang.reflect.Array.get(array, i);
            Object owner = receiver;
            for (Field field : receiver.getClass().getDeclaredFields()) {
                if (field.getName().startsWith("this$")) { // the Animation or AnimationTimer it belongs to
                    field.setAccessible(true);
                    owner = field.get(receiver);
                }
            }
            into.add(name(owner));
        }
    }

    private static String name(Object owner) {
        String name = owner.getClass().getName();
        if (owner instanceof Transition transition && nodeOf(transition) instanceof Node node) {
            return name + " on " + node.getClass().getSimpleName() + " ." + String.join(".", node.getStyleClass());
        }
        if (owner instanceof Animation animation) {
            return name + " (cycles " + animation.getCycleCount() + ", " + animation.getTotalDuration() + ")";
        }
        return name;
    }

    private static Object nodeOf(Transition transition) {
        try {
            Method node = transition.getClass().getMethod("getNode");
            return node.invoke(transition);
        } catch (ReflectiveOperationException noNode) {
            return null;
        }
    }

    /**
     * QuantumToolkit's two reasons to post a pulse: one was asked for, or an animation ran at the last pulse (it
     * is cleared only by the pulse after the last animation stopped).
     */
    private static boolean flag(String name) throws ReflectiveOperationException {
        Object toolkit = com.sun.javafx.tk.Toolkit.getToolkit();
        Object task = read(toolkit.getClass(), toolkit, name);
        Method get = task.getClass().getDeclaredMethod("get");
        get.setAccessible(true);
        return (boolean) get.invoke(task);
    }

    private static Object read(Class<?> type, Object target, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
