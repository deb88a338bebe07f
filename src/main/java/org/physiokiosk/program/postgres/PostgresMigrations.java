package org.physiokiosk.program.postgres;

import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.physiokiosk.program.ProgramStoreException;

/**
 * Brings the database's schema up to this version (Flyway, {@code db/migration}). Run as the role that owns
 * the schema, once per upgrade ({@code programs migrate}); desks and kiosks never migrate, since their
 * roles may not change tables.
 */
public final class PostgresMigrations {

    public static final String DESK_ROLE = "physiokiosk_desk";
    public static final String KIOSK_ROLE = "physiokiosk_kiosk";
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresMigrations() {}

    /** Migrates with the usual role names; returns how many migrations ran (0 when up to date). */
    public static int migrate(DataSource owner) throws ProgramStoreException {
        return migrate(owner, DESK_ROLE, KIOSK_ROLE);
    }

    public static int migrate(DataSource owner, String deskRole, String kioskRole) throws ProgramStoreException {
        for (String role : new String[] {deskRole, kioskRole}) {
            if (!ROLE.matcher(role).matches()) {
                throw new ProgramStoreException("'" + role + "' is not a plain role name (a-z, 0-9, _)");
            }
        }
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("desk_role", deskRole, "kiosk_role", kioskRole))
                    .javaMigrations(new KioskViewBackfill())
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw failure(e);
        }
    }

    /**
     * In the same words as every other database failure when the database said why (unreachable, a wrong
     * password); else Flyway's first line. Its full message adds a ruled-off block of SQL state and error code
     * that tells an administrator nothing the first line does not.
     */
    private static ProgramStoreException failure(FlywayException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return SqlFailure.of("migrate the program database", sql);
            }
        }
        String message = String.valueOf(e.getMessage()).strip();
        int lineEnd = message.indexOf('\n');
        return new ProgramStoreException(
                "the program database could not be migrated: "
                        + (lineEnd < 0 ? message : message.substring(0, lineEnd)),
                e);
    }
}
