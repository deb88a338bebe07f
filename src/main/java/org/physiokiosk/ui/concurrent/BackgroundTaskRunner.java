package org.physiokiosk.ui.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** One daemon worker thread; results and failures come back on the FX thread. */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;

    public BackgroundTaskRunner() {
        this("physiokiosk-background");
    }

    /** A runner with its own thread, named for the logs (e.g. the builder's preview renders). */
    public BackgroundTaskRunner(String threadName) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        submit(work, onDone, onFailure);
    }

    @Override
    public <T> Job submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = executor.submit(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onDone.accept(result);
                    }
                });
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            // Not interrupted: PDF rendering does not stop on interrupts; a queued job simply never starts.
            future.cancel(false);
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
