package org.physiokiosk.program;

import java.util.List;
import java.util.Optional;

/**
 * Where saved programs live: files in the data folder on a single PC, a shared database for a clinic with
 * several. Every method may block (disk, network): callers run it off the FX thread.
 */
public interface ProgramStore {

    /** What is stored: the readable programs, and a problem per file or row that could not be read. */
    record Listing(List<Summary> programs, List<String> problems) {
        public Listing {
            programs = List.copyOf(programs);
            problems = List.copyOf(problems);
        }
    }

    /** A program in a list: enough to pick it, without loading every exercise. */
    record Summary(String id, String title, java.time.LocalDate date, long revision) {}

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
