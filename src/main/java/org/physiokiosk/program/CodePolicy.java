package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a program code keeps working. A code opens its program until the program's review date plus a
 * grace period the clinic sets (a patient whose review slips a week or two can go on exercising); a program
 * without a review date counts {@code weeksWithoutReview} from the day the code was issued (not from the
 * program's date, so a code issued again for an old program gets its full time).
 */
public record CodePolicy(int graceDays, int weeksWithoutReview) {

    public static final CodePolicy DEFAULT = new CodePolicy(14, 12);

    public CodePolicy {
        if (graceDays < 0 || graceDays > 366) {
            throw new IllegalArgumentException("grace period " + graceDays + " days is outside 0–366");
        }
        if (weeksWithoutReview < 1 || weeksWithoutReview > 104) {
            throw new IllegalArgumentException(
                    "validity without review " + weeksWithoutReview + " weeks is outside 1–104");
        }
    }

    /** The last day (inclusive) a code issued on {@code issuedOn} opens a program with this review date. */
    public LocalDate lastDay(Optional<LocalDate> reviewDate, LocalDate issuedOn) {
        return reviewDate.orElse(issuedOn.plusWeeks(weeksWithoutReview)).plusDays(graceDays);
    }
}
