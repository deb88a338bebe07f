package org.physiokiosk.ui.builder;

import java.util.function.Supplier;
import org.physiokiosk.program.ProgramStoreException;

/**
 * A call to the store or the clinic's templates as the task runner's work: the store's checked exception travels
 * through the runner's Supplier and is taken out again when the failure is said.
 */
final class StoreWork {

    private StoreWork() {}

    /** A call that may fail with the store's checked exception. */
    @FunctionalInterface
    interface StoreCall<T> {
        T call() throws ProgramStoreException;
    }

    /** The call as the task runner's work; a store failure travels as {@link StoreFailure}. */
    static <T> Supplier<T> inStore(StoreCall<T> call) {
        return () -> {
            try {
                return call.call();
            } catch (ProgramStoreException e) {
                throw new StoreFailure(e);
            }
        };
    }

    /** The store's own exception when the failure carried one, else the failure itself. */
    static Throwable cause(Throwable failure) {
        return failure instanceof StoreFailure ? failure.getCause() : failure;
    }

    /** Carries a checked store exception through the task runner's Supplier. */
    private static final class StoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailure(ProgramStoreException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
