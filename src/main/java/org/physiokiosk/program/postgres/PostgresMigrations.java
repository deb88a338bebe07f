package org.physiokiosk.program.postgres;

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
            throw new ProgramStoreException("the program database could not be migrated: " + e.getMessage(), e);
        }
    }
}
