package org.physiokiosk.program;

/** Why one program file could not be read; the message names the place in the file, never its contents. */
final class ProgramFileProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean newerSchema;

    ProgramFileProblem(String message, boolean newerSchema) {
        super(message);
        this.newerSchema = newerSchema;
    }

    ProgramFileProblem(String message) {
        this(message, false);
    }

    /** The file is fine, but of a format this version does not know: leave it alone, never overwrite it. */
    boolean newerSchema() {
        return newerSchema;
    }
}
