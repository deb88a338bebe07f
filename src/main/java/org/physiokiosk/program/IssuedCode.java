package org.physiokiosk.program;

import java.time.LocalDate;

/**
 * A program's current code, as the desk shows it: the code to print, and the last day it works (it follows
 * the program's review date, so moving the review date moves this day too; see {@link CodePolicy}).
 */
public record IssuedCode(ProgramCode code, String programId, LocalDate issuedOn, LocalDate lastDay) {

    /** Only the end counts: a kiosk whose clock runs a day behind the desk's must still open today's code. */
    public boolean worksOn(LocalDate day) {
        return !day.isAfter(lastDay);
    }
}
