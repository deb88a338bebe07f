package org.physiokiosk.ui.concurrent;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (content loading, PDF export) away from the FX thread and hands the result back on it.
 * Tests use {@link #sameThread()} so they stay deterministic.
 */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    /** Work handed in with {@link #submit}: once cancelled, neither its result nor its failure is delivered. */
    interface Job {
        void cancel();
    }

    /**
     * Like {@link #run}, but cancellable: a live preview drops a render that a newer edit made stale. A
     * runner may also skip work that has not started yet; work already running finishes unseen.
     */
    default <T> Job submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        run(
                work,
                result -> {
                    if (!cancelled.get()) {
                        onDone.accept(result);
                    }
                },
                failure -> {
                    if (!cancelled.get()) {
                        onFailure.accept(failure);
                    }
                });
        return () -> cancelled.set(true);
    }

    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
