package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The kiosk's only way into the program store: the program a code opens, and only what the patient may see
 * of it. An unknown, revoked or expired code gives empty, all alike, so the kiosk cannot tell a guesser
 * which codes exist. May block: callers run it off the FX thread.
 */
public interface ProgramLookup {

    Optional<KioskProgram> byCode(ProgramCode code, LocalDate today) throws ProgramStoreException;
}
