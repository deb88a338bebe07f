package org.physiokiosk.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramLookup;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.program.postgres.ConfiguredStore;

/**
 * The clinic's one program store, opened once and shared: the builder gets its desk side (programs and
 * codes), the kiosk its lookup side. Opening may wait on a database, so it happens on first use, which is
 * always off the FX thread (every store call is); a database that was down at start is tried again on the
 * next use, so a kiosk starts while the database is down and works once it is back.
 */
final class ClinicPrograms implements ProgramStore, ProgramCodes, ProgramLookup, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClinicPrograms.class.getName());

    /** Opens the store a setting names; a test passes its own. */
    interface Opener {
        ConfiguredStore open() throws ProgramStoreException;
    }

    private final Opener opener;
    private ConfiguredStore store;
    private boolean closed;

    ClinicPrograms(Opener opener) {
        this.opener = opener;
    }

    /** The file store in the data folder, or the PostgreSQL database the settings name. */
    static ClinicPrograms of(Settings settings, Path dataFolder) {
        CodePolicy policy = new CodePolicy(settings.programCodeGraceDays(), CodePolicy.DEFAULT.weeksWithoutReview());
        String where = settings.sharedProgramStore() ? settings.programStore() : dataFolder.toString();
        return new ClinicPrograms(() -> ConfiguredStore.open(where, settings.programStoreCredentials(), policy));
    }

    private synchronized ConfiguredStore store() throws ProgramStoreException {
        if (closed) {
            throw new ProgramStoreException("the program store is closed");
        }
        if (store == null) {
            try {
                store = opener.open();
                LOG.info(() -> "program store: " + store.description());
            } catch (ProgramStoreException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "program store cannot be opened now; tried again on next use: " + e.getMessage());
                throw e instanceof ProgramStoreException p
                        ? p
                        : new ProgramStoreException("program store cannot be opened", e);
            }
        }
        return store;
    }

    /** Opens the store ahead of the first patient; blocks, so the caller runs it on a worker. */
    boolean warmUp() {
        try {
            store();
            return true;
        } catch (ProgramStoreException e) {
            return false;
        }
    }

    @Override
    public Listing list() throws ProgramStoreException {
        return store().programs().list();
    }

    @Override
    public Optional<Program> load(String id) throws ProgramStoreException {
        return store().programs().load(id);
    }

    @Override
    public Program save(Program program) throws ProgramStoreException {
        return store().programs().save(program);
    }

    @Override
    public void delete(String id) throws ProgramStoreException {
        store().programs().delete(id);
    }

    @Override
    public Optional<IssuedCode> currentCode(String programId) throws ProgramStoreException {
        return store().codes().currentCode(programId);
    }

    @Override
    public IssuedCode issueCode(String programId, LocalDate today) throws ProgramStoreException {
        return store().codes().issueCode(programId, today);
    }

    @Override
    public void revokeCode(String programId) throws ProgramStoreException {
        store().codes().revokeCode(programId);
    }

    @Override
    public boolean adoptCode(IssuedCode code) throws ProgramStoreException {
        return store().codes().adoptCode(code);
    }

    @Override
    public Optional<KioskProgram> byCode(ProgramCode code, LocalDate today) throws ProgramStoreException {
        return store().lookup().byCode(code, today);
    }

    @Override
    public boolean lapsed(ProgramCode code, LocalDate today) throws ProgramStoreException {
        return store().lookup().lapsed(code, today);
    }

    @Override
    public Answer answer(ProgramCode code, LocalDate today) throws ProgramStoreException {
        return store().lookup().answer(code, today);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (store != null) {
            store.close();
        }
    }
}
