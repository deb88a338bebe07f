package org.physiokiosk.ui.player;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerSession;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.RestingMemory;

/**
 * {@code PlayerBench soak}: player sessions one after the other, a new {@link PlayerScreen} every pulse, driven
 * through the whole exercise in 9 jumps and disposed. Prints resident memory and heap 5 s after start, straight
 * after the last session, and after a rest with nothing moving (as a kiosk stands between patients).
 *
 * <p>The live heap is measured in two steps because the software pipeline frees a dead texture's pixels in two
 * steps: a GC finds the texture unreachable, the renderer thread's next frame runs Prism's {@code Disposer}
 * (which holds the pixel array until then), and only the GC after that frees the pixels. Three GCs in a row
 * on the FX thread count pixels that are already garbage, by chance more or fewer (22 to 175 MB in earlier
 * runs). {@code -Dbench.diagnose=true} adds the class histogram and the JVM's native memory summary (run with
 * {@code -XX:NativeMemoryTracking=summary}) and holds the process 4 s for {@code pmap}.
 */
final class PlayerSoak {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 1000);
    private static final double REST_SECONDS = Double.parseDouble(System.getProperty("bench.restSeconds", "10"));

    private final Scene scene;
    private final Catalog catalog;
    private final Messages messages;
    private final List<PlannedExercise> plan;

    PlayerSoak(Scene scene, Catalog catalog, Messages messages, PlannedExercise exercise) {
        this.scene = scene;
        this.catalog = catalog;
        this.messages = messages;
        this.plan = List.of(exercise);
    }

    void run() {
        long total = new PlayerSession(plan).totalNanos();
        long[] clock = {0};
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            private PlayerScreen screen;
            private int done;
            private boolean measuredBefore;

            @Override
            public void handle(long now) {
                if (!measuredBefore && System.currentTimeMillis() - jvmStart < 5_000) {
                    return;
                }
                if (!measuredBefore) {
                    measuredBefore = true;
                    stop(); // measured with nothing moving, as at the end
                    result("rss-before", rssKb());
                    measureHeap("before", this::start);
                    return;
                }
                if (screen != null) {
                    screen.dispose();
                    done++;
                    if (done == SESSIONS / 10) {
                        result("heap-early", gcUsedKb());
                    }
                    if (done == SESSIONS) {
                        stop();
                        screen = null;
                        scene.setRoot(new StackPane());
                        result("rss-after", rssKb());
                        rest();
                        return;
                    }
                }
                clock[0] += 1_000_000_000L;
                screen = new PlayerScreen(
                        catalog.poses()::get, plan, messages, () -> {}, () -> {}, () -> clock[0], CueSound.silent());
                scene.setRoot(screen.view());
                for (long t = 0; t <= total + 1_000_000_000L; t += total / 8) {
                    clock[0] += total / 8;
                    screen.frame();
                }
            }
        }.start();
    }

    /** The kiosk between patients: nothing moves for a while; then resident memory, heap and (if asked) more. */
    private void rest() {
        after(REST_SECONDS, () -> {
            result("rss-rest", rssKb());
            if (!Boolean.getBoolean("bench.keepMemory")) {
                // What the kiosk does at its idle reset, on the same kind of thread; the FX thread keeps painting.
                Thread giveBack = new Thread(RestingMemory::giveBack);
                giveBack.start();
                after(0.25, this::somethingToPaint); // as the kiosk's start screen, shown again, animates
                waitFor(giveBack, () -> {
                    result("rss-given-back", rssKb());
                    result("rss-anon-given-back", statusKb("RssAnon:"));
                    result("rss-file-given-back", statusKb("RssFile:"));
                    result("rss-shmem-given-back", statusKb("RssShmem:"));
                    measureHeapAndEnd();
                });
                return;
            }
            measureHeapAndEnd();
        });
    }

    private static void waitFor(Thread thread, Runnable then) {
        after(0.2, () -> {
            if (thread.isAlive()) {
                waitFor(thread, then);
            } else {
                then.run();
            }
        });
    }

    private void measureHeapAndEnd() {
        measureHeap("after", () -> {
            result("rss-after-gc", rssKb());
            if (!Boolean.getBoolean("bench.diagnose")) {
                Platform.exit();
                return;
            }
            System.out.println(diagnostic("gcClassHistogram"));
            System.out.println(diagnostic("vmNativeMemory", "summary"));
            System.out.println("PK-HOLD"); // time for pmap from outside before the exit
            System.out.flush();
            after(4, Platform::exit);
        });
    }

    /** GC, a frame painted (Prism's Disposer lets go of dead textures' pixels), GC: heap in use and committed. */
    private void measureHeap(String when, Runnable then) {
        System.gc();
        somethingToPaint();
        after(0.5, () -> {
            result("heap-" + when, gcUsedKb());
            result(
                    "committed-" + when,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1024);
            then.run();
        });
    }

    private void somethingToPaint() {
        scene.getRoot().setOpacity(scene.getRoot().getOpacity() == 1 ? 0.999 : 1);
    }

    private static void after(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void result(String name, long value) {
        System.out.printf("PK-RESULT %s %d%n", name, value);
        System.out.flush();
    }

    private static long gcUsedKb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024;
    }

    /** A jcmd command run in process (a jcmd from outside once hit the wrong pid), e.g. the class histogram. */
    private static String diagnostic(String operation, String... arguments) {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            operation,
                            new Object[] {arguments},
                            new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            return operation + " failed: " + e;
        }
    }

    private static long rssKb() {
        return statusKb("VmRSS:");
    }

    /** A line of /proc/self/status in KB: all resident memory, or its anonymous, file or shared-memory part. */
    private static long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
