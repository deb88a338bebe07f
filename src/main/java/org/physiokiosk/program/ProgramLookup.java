package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The kiosk's only way into the program store: the program a code opens, and only what the patient may see
 * of it. An unknown, revoked or expired code gives empty. {@link #lapsed} then tells a code that once worked
 * from one that never did, so the patient with the right paper is not told to look again (decision 0030).
 * May block: callers run it off the FX thread.
 */
public interface ProgramLookup {

    Optional<KioskProgram> byCode(ProgramCode code, LocalDate today) throws ProgramStoreException;

    /**
     * Whether {@code code} was issued here but no longer opens its program (revoked, expired, or its program
     * deleted). A store that cannot tell says false: the patient then hears "unknown", as before.
     */
    default boolean lapsed(ProgramCode code, LocalDate today) throws ProgramStoreException {
        return false;
    }

    /**
     * The whole answer to a typed code in one question (what the keypad asks). A store whose lookups are
     * counted (the database's brake) answers it in one call, so an unknown code counts once (decision 0036).
     */
    default Answer answer(ProgramCode code, LocalDate today) throws ProgramStoreException {
        Optional<KioskProgram> program = byCode(code, today);
        if (program.isPresent()) {
            return new Answer.Opens(program.get());
        }
        return lapsed(code, today) ? new Answer.Lapsed() : new Answer.Unknown();
    }

    /** What a code gives at the kiosk. */
    sealed interface Answer {
        /** The code opens this program, as the kiosk may show it. */
        record Opens(KioskProgram program) implements Answer {}

        /** Issued here, but no longer works (revoked, replaced, expired, program deleted). */
        record Lapsed() implements Answer {}

        /** Never issued here (or a store that cannot tell it from lapsed). */
        record Unknown() implements Answer {}
    }
}
