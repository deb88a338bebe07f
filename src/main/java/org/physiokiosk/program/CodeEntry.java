package org.physiokiosk.program;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What the kiosk keypad does with a typed code: checks the lock, reads the code, asks the store, counts a
 * miss. The keypad screen only shows the outcome. Blocks on the store: run it off the FX thread.
 */
public final class CodeEntry {

    private final ProgramLookup lookup;
    private final CodeAttempts attempts;

    public CodeEntry(ProgramLookup lookup, CodeAttempts attempts) {
        this.lookup = lookup;
        this.attempts = attempts;
    }

    /** The outcome of one typed code. */
    public sealed interface Outcome {
        /** The code opened this program. */
        record Opened(KioskProgram program) implements Outcome {}

        /** Not a code the store knows. */
        record Unknown() implements Outcome {}

        /**
         * A code the store issued that no longer works (revoked, expired): the patient has the right paper and
         * needs a new code, not another try. Not counted as a wrong guess (decision 0030).
         */
        record Lapsed() implements Outcome {}

        /** The keypad is locked for this long; nothing was asked. */
        record Locked(Duration remaining) implements Outcome {}
    }

    /**
     * A typed text that is not even a code counts as a miss too (a guesser gains nothing from typos); a store
     * that cannot be reached throws and counts nothing, since the patient did nothing wrong.
     */
    public Outcome enter(String typed, LocalDate today, long now) throws ProgramStoreException {
        if (attempts.isLocked(now)) {
            return new Outcome.Locked(attempts.lockedFor(now));
        }
        Parsed<ProgramCode> parsed = ProgramCode.parse(typed);
        ProgramLookup.Answer answer =
                parsed.isValid() ? lookup.answer(parsed.value(), today) : new ProgramLookup.Answer.Unknown();
        if (answer instanceof ProgramLookup.Answer.Opens opens) {
            attempts.right();
            return new Outcome.Opened(opens.program());
        }
        if (answer instanceof ProgramLookup.Answer.Lapsed) {
            return new Outcome.Lapsed();
        }
        attempts.wrong(now);
        return attempts.isLocked(now) ? new Outcome.Locked(attempts.lockedFor(now)) : new Outcome.Unknown();
    }

    public Duration lockedFor(long now) {
        return attempts.lockedFor(now);
    }
}
