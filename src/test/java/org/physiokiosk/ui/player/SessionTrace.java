package org.physiokiosk.ui.player;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;

/**
 * Where a benchmarked session's time goes, per phase of the exercise: pulses, pictures actually painted (the
 * scene's rendered frames, counted by JavaFX's own performance tracker), the process's CPU and that of the FX
 * and renderer threads. Fed once per pulse from the benchmark's timer; printed as {@code PK-PHASE} lines.
 */
final class SessionTrace {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong painted = new AtomicLong();
    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private final long fxThread = Thread.currentThread().getId();
    private long rendererThread = -1;
    private String phase;
    private long wall0, cpu0, fx0, renderer0, painted0;

    /** Counts the scene's painted frames from now on. */
    SessionTrace(Scene scene) {
        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(painted::incrementAndGet);
    }

    /** One pulse in {@code name}: the time since the last call is booked to the phase the last call named. */
    void pulse(String name) {
        long wall = System.nanoTime(), cpu = processCpu(), fx = threadCpu(fxThread), renderer = threadCpu(renderer());
        if (phase != null) {
            long[] sums = phases.computeIfAbsent(phase, p -> new long[6]);
            sums[0] += wall - wall0;
            sums[1] += cpu - cpu0;
            sums[2] += fx - fx0;
            sums[3] += renderer - renderer0;
            sums[4] += painted.get() - painted0;
            sums[5]++;
        }
        phase = name;
        wall0 = wall;
        cpu0 = cpu;
        fx0 = fx;
        renderer0 = renderer;
        painted0 = painted.get();
    }

    void print() {
        phases.forEach((name, s) -> {
            double seconds = s[0] / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "PK-PHASE %-12s %5.1f s  pulses %5.1f/s  painted %5.1f/s  CPU %5.1f %% (FX %4.1f, renderer %4.1f,"
                            + " other %4.1f)  %5.2f ms CPU a picture%n",
                    name,
                    seconds,
                    s[5] / seconds,
                    s[4] / seconds,
                    100 * s[1] / (double) s[0],
                    100 * s[2] / (double) s[0],
                    100 * s[3] / (double) s[0],
                    100 * (s[1] - s[2] - s[3]) / (double) s[0],
                    s[4] == 0 ? 0 : s[1] / 1e6 / s[4]);
        });
    }

    /** Every thread's CPU so far (user + system, clock ticks of 10 ms), busiest first: JIT, GC and natives too. */
    static void printThreads() {
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            Map<String, Long> ticks = new java.util.TreeMap<>();
            for (var task : tasks.toList()) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                        .replaceAll("[0-9]+", "N");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            }
            ticks.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(12)
                    .forEach(e -> System.out.printf("PK-THREAD %-20s %6d ms%n", e.getKey(), e.getValue() * 10));
        } catch (java.io.IOException e) {
            System.out.println("PK-THREAD unreadable: " + e);
        }
    }

    private long renderer() {
        if (rendererThread < 0) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    rendererThread = t.getId();
                }
            }
        }
        return rendererThread;
    }

    private long threadCpu(long id) {
        return id < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(id));
    }

    /** CPU time of the whole process (every thread: the software renderer rasterises on its own). */
    static long processCpu() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }
}
