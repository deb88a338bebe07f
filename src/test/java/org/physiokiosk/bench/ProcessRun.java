package org.physiokiosk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM of the suite: started with its wall-clock start time noted, its {@code PK-MARK name epochMs} and
 * {@code PK-RESULT name value} lines collected, its resident memory and CPU time read from /proc.
 */
final class ProcessRun implements AutoCloseable {

    private final Process process;
    private final long startedEpochMs;
    private final Map<String, Double> marks = new ConcurrentHashMap<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ProcessRun(Process process, long startedEpochMs) {
        this.process = process;
        this.startedEpochMs = startedEpochMs;
        Thread reader = new Thread(this::read, "bench-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ProcessRun start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.currentTimeMillis();
        return new ProcessRun(builder.start(), start);
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                String[] parts = line.trim().split(" ");
                if (parts.length == 3 && (parts[0].equals("PK-MARK") || parts[0].equals("PK-RESULT"))) {
                    marks.put(parts[1], Double.parseDouble(parts[2]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            lines.add("bench reader: " + e);
        }
    }

    /** Milliseconds from the process's start to the mark, or NaN when it never came within the timeout. */
    double msTo(String mark, Duration timeout) throws InterruptedException {
        Double value = await(mark, timeout);
        return value == null ? Double.NaN : value - startedEpochMs;
    }

    Double await(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!marks.containsKey(name) && System.nanoTime() < deadline && (process.isAlive() || !drained())) {
            Thread.sleep(5);
        }
        return marks.get(name);
    }

    private boolean drained() throws InterruptedException {
        Thread.sleep(50);
        return true;
    }

    long startedEpochMs() {
        return startedEpochMs;
    }

    List<String> lines() {
        return lines;
    }

    /** VmRSS in kB from /proc/<pid>/status. */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for " + process.pid());
    }

    /** User + system CPU time of the whole process (all threads), in nanoseconds. */
    long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(-1L);
    }

    void sleepUntil(long msAfterStart) throws InterruptedException {
        long wait = startedEpochMs + msAfterStart - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
