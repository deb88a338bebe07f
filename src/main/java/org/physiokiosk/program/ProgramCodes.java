package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The desk's side of program codes: a program has at most one working code. Issuing a new one ends the old
 * one (a lost handout), revoking ends it without a successor. Codes are never reused, so an old handout can
 * never open someone else's program. Every method may block: callers run it off the FX thread.
 */
public interface ProgramCodes {

    /** The working code of a saved program, if it has one (an expired code is still shown, with its last day). */
    Optional<IssuedCode> currentCode(String programId) throws ProgramStoreException;

    /**
     * Gives a saved program a fresh code, unique in the store, and ends its previous one. Refused when the
     * code would not work even today (a review date long past): the therapist sets a new review date first.
     */
    IssuedCode issueCode(String programId, LocalDate today) throws ProgramStoreException;

    /** Ends the program's code; the kiosk no longer opens the program with it. Nothing happens without one. */
    void revokeCode(String programId) throws ProgramStoreException;

    /**
     * Gives a saved program the code it has in another store, so handouts already printed keep working when a
     * clinic moves its programs. Returns false, changing nothing, when the program already has a code or the
     * code is taken here.
     */
    boolean adoptCode(IssuedCode code) throws ProgramStoreException;
}
