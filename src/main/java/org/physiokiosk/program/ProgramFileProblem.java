package org.physiokiosk.program;

import org.physiokiosk.program.ProgramStore.Unreadable.Kind;

/**
 * Why one program file could not be read; the message names the place in the file, never its contents. The
 * kind is what a screen says (in its own language); the message is for logs and {@code validate}.
 */
final class ProgramFileProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    ProgramFileProblem(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    ProgramFileProblem(String message) {
        this(message, Kind.DAMAGED);
    }

    Kind kind() {
        return kind;
    }

    /** The file is fine, but of a format this version does not know: leave it alone, never overwrite it. */
    boolean newerSchema() {
        return kind == Kind.NEWER_VERSION;
    }
}
