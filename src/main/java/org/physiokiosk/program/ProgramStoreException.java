package org.physiokiosk.program;

/** A store could not do what was asked; the message says what and where, without patient data. */
public class ProgramStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProgramStoreException(String message) {
        super(message);
    }

    public ProgramStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Someone else saved the program since it was opened. */
    public static final class Conflict extends ProgramStoreException {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(message);
        }
    }
}
