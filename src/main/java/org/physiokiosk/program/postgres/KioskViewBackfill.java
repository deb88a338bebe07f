package org.physiokiosk.program.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.physiokiosk.program.ProgramDocument;
import org.physiokiosk.program.ProgramStoreException;

/**
 * Migration 6: fills {@code program.kiosk_view} (V5) for programs saved before it existed, with the same Java
 * that a desk uses on save ({@link ProgramDocument#kioskJson}), then makes the column required so no program
 * can reach a kiosk unmasked. In Java because the mask's rules are Java's; registered in
 * {@link PostgresMigrations} rather than found by class name, to stay in this package.
 */
final class KioskViewBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "kiosk view backfill";
    }

    @Override
    public Integer getChecksum() {
        return 6;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException, ProgramStoreException {
        Connection connection = context.getConnection();
        Map<String, String> views = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("select id, document::text from program where kiosk_view is null")) {
            while (rows.next()) {
                views.put(rows.getString(1), ProgramDocument.kioskJson(ProgramDocument.fromJson(rows.getString(2))));
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("update program set kiosk_view = ?::jsonb where id = ?")) {
            for (Map.Entry<String, String> view : views.entrySet()) {
                update.setString(1, view.getValue());
                update.setString(2, view.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("alter table program alter column kiosk_view set not null");
        }
    }
}
