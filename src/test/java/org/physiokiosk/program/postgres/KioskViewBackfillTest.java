package org.physiokiosk.program.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.program.SamplePrograms.TODAY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramDocument;
import org.physiokiosk.program.SamplePrograms;

/** Migration 6: a program saved before the kiosk view existed reaches the kiosk masked, not unmasked nor not at all. */
class KioskViewBackfillTest {

    private static TestDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void aProgramSavedBeforeTheKioskViewGetsItMasked() throws Exception {
        PostgresProgramStore desk = new PostgresProgramStore(database.desk(), CodePolicy.DEFAULT);
        PostgresProgramStore kiosk = new PostgresProgramStore(database.kiosk(), CodePolicy.DEFAULT);
        Program older = SamplePrograms.lowBack("Oefeningen voor Johanna")
                .withPatient(Optional.of("Johanna Verbeek"))
                .withInstructions("Johanna: elke dag.")
                .withStoreKey("older-program", 1);
        try (Connection owner =
                database.pool("physiokiosk_owner", "owner-secret").getConnection()) {
            try (Statement sql = owner.createStatement()) {
                // As the table was before V5/V6: no kiosk view yet.
                sql.execute("alter table program alter column kiosk_view drop not null");
            }
            try (PreparedStatement insert = owner.prepareStatement("insert into program (id, revision, title,"
                    + " program_date, document) values (?, 1, ?, ?, ?::jsonb)")) {
                insert.setString(1, "older-program");
                insert.setString(2, older.title());
                insert.setObject(3, older.date());
                insert.setString(4, ProgramDocument.toJson(older));
                insert.executeUpdate();
            }
            IssuedCode code = desk.issueCode("older-program", TODAY);
            assertThat(kiosk.byCode(code.code(), TODAY))
                    .as("no view: nothing leaves")
                    .isEmpty();

            new KioskViewBackfill().migrate(context(owner));

            KioskProgram opened = kiosk.byCode(code.code(), TODAY).orElseThrow();
            assertThat(opened).isEqualTo(KioskProgram.of(older));
            assertThat(opened.title()).isEmpty();
            assertThat(opened.instructions()).isEqualTo("…: elke dag.");
            try (Statement sql = owner.createStatement()) {
                assertThatThrownBy(() -> sql.execute("update program set kiosk_view = null"))
                        .as("required from now on")
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
