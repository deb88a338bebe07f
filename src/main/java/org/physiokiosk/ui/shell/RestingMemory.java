package org.physiokiosk.ui.shell;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Gives memory back to the machine when the kiosk rests (after the idle reset), so that weeks of patients do not
 * leave it holding the most it ever used. Measured (docs/benchmarks.md, "Memory, second pass"): after 1,000
 * player sessions a plain {@code java -jar} kiosk kept about 460 MB resident, most of it heap that G1 had grown
 * into and native memory that glibc keeps after the JIT compilers free it; neither comes back by itself while
 * nothing allocates.
 *
 * <p>On a thread of its own: a full collection, a moment for the renderer to paint (the software pipeline lets
 * go of a dead texture's pixels only at its next frame, after a collection found the texture unreachable), a
 * second collection, which shrinks the heap to at most {@value #MAX_FREE_PERCENT} % free, and then the JVM's
 * {@code System.trim_native_heap} (glibc's {@code malloc_trim}). A full collection of the kiosk's 30 MB of
 * live objects takes tens of milliseconds, once per visit, when nobody is touching the screen.
 *
 * <p>Everything goes through the platform MBean server, so nothing is loaded on the start path, and each step
 * is skipped quietly where the JVM lacks it (no HotSpot, no {@code jdk.management} in a trimmed runtime, no
 * glibc). Heap sizing the user chose on the command line is left alone.
 */
public final class RestingMemory {

    private static final Logger LOG = Logger.getLogger(RestingMemory.class.getName());
    /** After a full collection, G1 and Serial shrink the heap to at most this share free (HotSpot default 70). */
    static final int MAX_FREE_PERCENT = 30;
    /** ... and grow it when less than this share is free (default 40; it must not exceed the maximum). */
    static final int MIN_FREE_PERCENT = 10;
    /** Time for the renderer's next frame between the two collections. */
    private static final long FRAME_WAIT_MILLIS = 500;

    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    private RestingMemory() {}

    /**
     * Starts giving memory back on a daemon thread of its own (made at the first rest and kept, so the thread
     * count stays flat); does nothing if that is already under way.
     */
    public static void giveBackSoon() {
        giveBackAfter(0);
    }

    /**
     * The same after {@code delayMillis}: at a start, so that setting up the management beans (about 200 classes
     * and 150 ms of CPU the first time) does not take a core from the first pictures of the start screen.
     */
    public static void giveBackAfter(long delayMillis) {
        if (RUNNING.compareAndSet(false, true)) {
            Worker.THREAD.execute(() -> {
                try {
                    Thread.sleep(delayMillis);
                    giveBack();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    RUNNING.set(false);
                }
            });
        }
    }

    /** Made on first use only: a kiosk that never rests (and the tools) never start it. */
    private static final class Worker {
        static final ExecutorService THREAD = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "physiokiosk-resting-memory");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** The same, on the calling thread (never the FX thread: it waits for the renderer's next frame). */
    public static void giveBack() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        lowerHeapFreeRatios(server);
        System.gc();
        try {
            Thread.sleep(FRAME_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.gc();
        invoke(server, "com.sun.management:type=DiagnosticCommand", "systemTrimNativeHeap");
    }

    /** Min before max: HotSpot refuses a maximum below the current minimum. Options set by the user stay. */
    private static void lowerHeapFreeRatios(MBeanServer server) {
        for (String[] option : new String[][] {
            {"MinHeapFreeRatio", Integer.toString(MIN_FREE_PERCENT)},
            {"MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT)}
        }) {
            Object current = invoke(server, "com.sun.management:type=HotSpotDiagnostic", "getVMOption", option[0]);
            if (current instanceof CompositeData data && "DEFAULT".equals(String.valueOf(data.get("origin")))) {
                invoke(server, "com.sun.management:type=HotSpotDiagnostic", "setVMOption", option[0], option[1]);
            }
        }
    }

    private static Object invoke(MBeanServer server, String bean, String operation, String... arguments) {
        try {
            boolean diagnosticCommand = bean.endsWith("DiagnosticCommand");
            Object[] parameters = diagnosticCommand ? new Object[] {arguments} : arguments;
            String[] signature = diagnosticCommand
                    ? new String[] {String[].class.getName()}
                    : java.util.Collections.nCopies(arguments.length, String.class.getName())
                            .toArray(String[]::new);
            return server.invoke(new ObjectName(bean), operation, parameters, signature);
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "not available here: " + operation);
            return null;
        }
    }
}
