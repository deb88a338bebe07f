package org.physiokiosk.program.postgres;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.physiokiosk.program.ProgramStoreException;

/** Database errors in words a therapist or the clinic's IT can act on; never with a program's contents. */
final class SqlFailure {

    /** Raised by program_by_code when its brake holds (V4__lookup_brake.sql). */
    static final String TOO_MANY_MISSES = "PK001";

    private SqlFailure() {}

    static ProgramStoreException of(String doing, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String why;
        if (state.equals("42501")) {
            why = "this database role may not do that (a kiosk's role may only look programs up by code)";
        } else if (state.equals(TOO_MANY_MISSES)) {
            why = "too many wrong program codes at this clinic's kiosks; lookups rest for a few minutes";
        } else if (state.equals("57014")) {
            why = "the database did not answer within " + PostgresPool.STATEMENT.toSeconds() + " s";
        } else if (state.startsWith("08") || e instanceof SQLTransientConnectionException) {
            why = "the database cannot be reached (" + e.getMessage() + ")";
        } else if (state.equals("28P01") || state.equals("28000")) {
            why = "the database refused the user name or password in the credentials file";
        } else {
            why = e.getMessage();
        }
        return new ProgramStoreException("could not " + doing + ": " + why, e);
    }

    /** Postgres's "unique_violation": two saves of a new id, or two equal codes, at once. */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
