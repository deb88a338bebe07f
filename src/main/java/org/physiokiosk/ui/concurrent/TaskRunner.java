package org.physiokiosk.ui.concurrent;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (content loading, PDF export) away from the FX thread and hands the result back on it.
 * Tests use {@link #sameThread()} so they stay deterministic.
 */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

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
