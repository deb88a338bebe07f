package org.physiokiosk.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where saved programs live: files in the data folder on a single PC, a shared database for a clinic with
 * several. Every method may block (disk, network): callers run it off the FX thread.
 */
public interface ProgramStore {

    /** What is stored: the readable programs, and one entry per file or row that could not be read. */
    record Listing(List<Summary> programs, List<Unreadable> unreadable) {
        public Listing {
            programs = List.copyOf(programs);
            unreadable = List.copyOf(unreadable);
        }

        /** One technical line (English, with the parser's place) per unreadable file: for logs and {@code validate}. */
        public List<String> problems() {
            return unreadable.stream().map(Unreadable::technical).toList();
        }
    }

    /**
     * A program in a list: enough to pick it and to tell it from the others at a busy desk, without loading
     * every exercise. The patient is for the desk's screen only (behind the PIN), never for a log.
     */
    record Summary(String id, String title, Optional<String> patient, LocalDate date, long revision, Instant savedAt) {

        /** The program's date, then the last save: of ten programs dated today the one just made is on top. */
        public static final Comparator<Summary> NEWEST_FIRST = Comparator.comparing(Summary::date)
                .thenComparing(Summary::savedAt)
                .reversed()
                .thenComparing(Summary::title)
                .thenComparing(Summary::id);

        @Override
        public String toString() {
            return "Summary[" + id + " r" + revision + "]"; // no title or patient in a log line by accident
        }
    }

    /**
     * A stored program that could not be read, by kind, so a screen can say it in its own language and name
     * only the file; {@code place} (the full path) and {@code detail} (the technical reason, English) are for
     * logs and the command line, never for a screen.
     */
    record Unreadable(String place, String fileName, Kind kind, String detail) {
        public enum Kind {
            /** Not a program this app wrote: cut short, binary, invalid or misnamed. */
            DAMAGED,
            /** A program of a newer PhysioKiosk: fine, but this version must leave it alone. */
            NEWER_VERSION,
            /** The disk or the permissions would not let it be read. */
            NOT_READABLE
        }

        public String technical() {
            return place + ": " + detail;
        }
    }

    Listing list() throws ProgramStoreException;

    Optional<Program> load(String id) throws ProgramStoreException;

    /**
     * Saves and returns the program with its id and new revision. A program whose revision is older than
     * the stored one is refused with {@link ProgramStoreException.Conflict}; a failed save keeps the
     * previous version.
     */
    Program save(Program program) throws ProgramStoreException;

    void delete(String id) throws ProgramStoreException;
}
