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
}
