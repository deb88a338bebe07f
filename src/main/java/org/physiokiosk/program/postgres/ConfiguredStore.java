package org.physiokiosk.program.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Optional;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.FileCodeIndex;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramLookup;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramStoreException;

/**
 * The program store a settings value names: {@code programStore=postgresql://host:5432/db} (with a
 * credentials file) for a clinic with several PCs, or a data folder ({@code programs/} and
 * {@code program-codes.json} inside it) for one PC. Close it to release the database pool.
 */
public record ConfiguredStore(
        ProgramStore programs,
        ProgramCodes codes,
        ProgramLookup lookup,
        String description,
        Optional<HikariDataSource> pool)
        implements AutoCloseable {

    /** Desks need a few connections at most; a kiosk asks one question at a time. */
    public static final int POOL_SIZE = 3;

    public static ConfiguredStore open(String setting, Optional<Path> credentials, CodePolicy policy)
            throws ProgramStoreException {
        if (PostgresAddress.isPostgres(setting)) {
            Path file = credentials.orElseThrow(() -> new ProgramStoreException(
                    "programStore " + setting + " needs a credentials file (programStoreCredentials)"));
            PostgresAddress address = PostgresAddress.of(setting, file);
            HikariDataSource pool = PostgresPool.open(address, POOL_SIZE);
            PostgresProgramStore store = new PostgresProgramStore(pool, policy);
            return new ConfiguredStore(store, store, store, address.toString(), Optional.of(pool));
        }
        Path data = Path.of(setting);
        FileProgramStore files = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), files, policy);
        return new ConfiguredStore(files, codes, codes, data.toString(), Optional.empty());
    }

    @Override
    public void close() {
        pool.ifPresent(HikariDataSource::close);
    }
}
