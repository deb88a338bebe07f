package org.physiokiosk.ui.shell;

import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.physiokiosk.program.CodeEntry;
import org.physiokiosk.ui.concurrent.TaskRunner;

/**
 * What the kiosk needs to open a patient's program by its code: the entry (the store's lookup behind the
 * kiosk's one {@link org.physiokiosk.program.CodeAttempts}, which outlives visits), the worker that asks the
 * store, the monotonic clock the lock runs on, and today's date for the code's expiry.
 */
record ProgramDoor(CodeEntry entry, TaskRunner tasks, LongSupplier clock, Supplier<LocalDate> today) {}
