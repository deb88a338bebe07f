package org.physiokiosk.program.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.program.SamplePrograms.TODAY;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.CodeAttempts;
import org.physiokiosk.program.CodeEntry;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.program.SamplePrograms;

/** Desks and kiosks against one real PostgreSQL, each with its own pool and role, as in a clinic. */
class PostgresProgramStoreTest {

    private static TestDatabase database;
    private static PostgresProgramStore desk;
    private static PostgresProgramStore otherDesk;
    private static PostgresProgramStore kiosk;
    private static javax.sql.DataSource kioskPool;
    private static javax.sql.DataSource deskPool;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start();
        deskPool = database.desk();
        desk = new PostgresProgramStore(deskPool, CodePolicy.DEFAULT);
        otherDesk = new PostgresProgramStore(database.desk(), CodePolicy.DEFAULT);
        kioskPool = database.kiosk();
        kiosk = new PostgresProgramStore(kioskPool, CodePolicy.DEFAULT);
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void aProgramSavedAtADeskOpensByCodeAtAKioskWithoutNames() throws Exception {
        Program saved = desk.save(SamplePrograms.lowBack("Lage rug, week 1"));
        IssuedCode code = desk.issueCode(saved.id().orElseThrow(), TODAY);

        Optional<KioskProgram> opened = kiosk.byCode(code.code(), TODAY);

        assertThat(opened).hasValue(KioskProgram.of(saved));
        assertThat(opened.get().toString()).doesNotContain(SamplePrograms.PATIENT, SamplePrograms.THERAPIST);
        assertThat(kioskRawLookup(code.code()))
                .contains("Lage rug", "knees-to-chest")
                .doesNotContain(
                        SamplePrograms.PATIENT,
                        SamplePrograms.THERAPIST,
                        saved.id().get(),
                        TODAY.toString());
        assertThat(code.lastDay()).isEqualTo(TODAY.plusWeeks(4).plusDays(14));
        assertThat(desk.currentCode(saved.id().get())).hasValue(code);
    }

    @Test
    void aDeskLoadsExactlyWhatItSaved() throws Exception {
        Program saved = desk.save(SamplePrograms.withoutReview("Zonder controle"));
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(otherDesk.load(saved.id().get())).hasValue(saved);
        assertThat(desk.list().programs()).anySatisfy(summary -> {
            assertThat(summary.id()).isEqualTo(saved.id().get());
            assertThat(summary.title()).isEqualTo("Zonder controle");
            assertThat(summary.revision()).isEqualTo(1);
        });
        assertThat(desk.load("no-such-program")).isEmpty();
    }

    @Test
    void theSecondDeskSavingAnOlderRevisionGetsAConflictAndOverwritesNothing() throws Exception {
        Program first = desk.save(SamplePrograms.lowBack("Schouder"));
        Program atDeskA = desk.load(first.id().get()).orElseThrow();
        Program atDeskB = otherDesk.load(first.id().get()).orElseThrow();

        Program savedByA = desk.save(SamplePrograms.retitled(atDeskA, "Schouder, door A"));
        assertThatThrownBy(() -> otherDesk.save(SamplePrograms.retitled(atDeskB, "Schouder, door B")))
                .isInstanceOf(ProgramStoreException.Conflict.class)
                .hasMessageContaining("revision 2")
                .hasMessageNotContaining(SamplePrograms.PATIENT);

        assertThat(desk.load(first.id().get())).hasValue(savedByA);
        assertThat(savedByA.revision()).isEqualTo(2);
    }

    @Test
    void twoDesksSavingTheSameRevisionAtOnceGiveOneWinnerAndOneConflict() throws Exception {
        Program opened = desk.save(SamplePrograms.lowBack("Race"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Program> a = () -> desk.save(SamplePrograms.retitled(opened, "A"));
            Callable<Program> b = () -> otherDesk.save(SamplePrograms.retitled(opened, "B"));
            Future<Program> fa = pool.submit(a);
            Future<Program> fb = pool.submit(b);
            int wins = 0;
            int conflicts = 0;
            for (Future<Program> f : List.of(fa, fb)) {
                try {
                    f.get();
                    wins++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ProgramStoreException.Conflict.class);
                    conflicts++;
                }
            }
            assertThat(wins).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
            assertThat(desk.load(opened.id().get()).orElseThrow().revision()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKioskRoleCanNeitherListNorLoadNorChangePrograms() throws Exception {
        Program saved = desk.save(SamplePrograms.lowBack("Geheim"));
        String id = saved.id().get();
        assertThatThrownBy(kiosk::list)
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("may not");
        assertThatThrownBy(() -> kiosk.load(id))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("may not");
        assertThatThrownBy(() -> kiosk.save(saved)).isInstanceOf(ProgramStoreException.class);
        assertThatThrownBy(() -> kiosk.delete(id)).isInstanceOf(ProgramStoreException.class);
        assertThatThrownBy(() -> kiosk.issueCode(id, TODAY)).isInstanceOf(ProgramStoreException.class);
        assertThatThrownBy(() -> kiosk.currentCode(id)).isInstanceOf(ProgramStoreException.class);
        assertThat(desk.load(id)).hasValue(saved);
    }

    @Test
    void theKioskRoleCannotReadAnyTableNorNamesBySql() throws Exception {
        desk.save(SamplePrograms.lowBack("Tabel"));
        for (String query : new String[] {
            "select document from program",
            "select count(*) from program",
            "select code from program_code",
            "select * from flyway_schema_history",
            "select * from code_lookup_miss"
        }) {
            assertThatThrownBy(() -> kioskQuery(query))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThatThrownBy(() -> kioskQuery("create table stolen (x int)")).isInstanceOf(SQLException.class);
    }

    @Test
    void unknownRevokedAndReplacedCodesOpenNothing() throws Exception {
        String id = desk.save(SamplePrograms.lowBack("Intrekken")).id().get();
        assertThat(kiosk.byCode(ProgramCode.random(), TODAY)).isEmpty();

        IssuedCode first = desk.issueCode(id, TODAY);
        IssuedCode second = desk.issueCode(id, TODAY);
        assertThat(second.code()).isNotEqualTo(first.code());
        assertThat(kiosk.byCode(first.code(), TODAY)).isEmpty();
        assertThat(kiosk.byCode(second.code(), TODAY)).isPresent();

        desk.revokeCode(id);
        assertThat(kiosk.byCode(second.code(), TODAY)).isEmpty();
        assertThat(desk.currentCode(id)).isEmpty();
        desk.revokeCode(id);
    }

    @Test
    void aDeletedProgramsCodeOpensNothingAndIsNeverGivenAgain() throws Exception {
        String id = desk.save(SamplePrograms.lowBack("Weg")).id().get();
        IssuedCode code = desk.issueCode(id, TODAY);
        desk.delete(id);
        assertThat(kiosk.byCode(code.code(), TODAY)).isEmpty();

        String other = desk.save(SamplePrograms.lowBack("Nieuw")).id().get();
        assertThat(desk.adoptCode(new IssuedCode(code.code(), other, TODAY, TODAY)))
                .isFalse();
        assertThat(kiosk.byCode(code.code(), TODAY)).isEmpty();
    }

    @Test
    void aCodeWorksThroughTheReviewDatePlusGraceAndNotADayLonger() throws Exception {
        Program saved = desk.save(SamplePrograms.lowBack("Verloopt"));
        IssuedCode code = desk.issueCode(saved.id().get(), TODAY);
        java.time.LocalDate review = saved.reviewDate().orElseThrow();
        assertThat(kiosk.byCode(code.code(), review.plusDays(14))).isPresent();
        assertThat(kiosk.byCode(code.code(), review.plusDays(15))).isEmpty();
    }

    @Test
    void withoutAReviewDateACodeWorksTwelveWeeksPlusGraceFromItsIssue() throws Exception {
        String id =
                desk.save(SamplePrograms.withoutReview("Geen controle")).id().get();
        IssuedCode code = desk.issueCode(id, TODAY);
        assertThat(kiosk.byCode(code.code(), TODAY.plusWeeks(12).plusDays(14))).isPresent();
        assertThat(kiosk.byCode(code.code(), TODAY.plusWeeks(12).plusDays(15))).isEmpty();
    }

    @Test
    void aKioskCannotOpenAnExpiredCodeBySettingItsClockBack() throws Exception {
        String id = desk.save(SamplePrograms.withoutReview("Oud")).id().get();
        java.time.LocalDate longAgo = java.time.LocalDate.of(2020, 1, 6);
        IssuedCode code = desk.issueCode(id, longAgo);
        assertThat(code.lastDay()).isEqualTo(longAgo.plusWeeks(12).plusDays(14));
        // The kiosk claims it is still 2020; the server's own date (today, past 2020) decides.
        assertThat(kiosk.byCode(code.code(), longAgo.plusDays(1))).isEmpty();
    }

    @Test
    void noCodeIsIssuedThatWouldNotWorkToday() throws Exception {
        String id = desk.save(SamplePrograms.lowBack("Controle voorbij")).id().get();
        assertThatThrownBy(() -> desk.issueCode(id, TODAY.plusWeeks(4).plusDays(15)))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("review date");
        assertThatThrownBy(() -> desk.issueCode("not-saved", TODAY))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("save it first");
    }

    @Test
    void aCodeFromAnotherStoreIsAdoptedOnceAndOpensTheProgram() throws Exception {
        String id = desk.save(SamplePrograms.lowBack("Verhuisd")).id().get();
        ProgramCode fromFiles = ProgramCode.random();
        assertThat(desk.adoptCode(new IssuedCode(fromFiles, id, TODAY, TODAY))).isTrue();
        assertThat(desk.adoptCode(new IssuedCode(ProgramCode.random(), id, TODAY, TODAY)))
                .isFalse();
        assertThat(kiosk.byCode(fromFiles, TODAY)).isPresent();
    }

    private static String kioskRawLookup(ProgramCode code) throws Exception {
        try (Connection connection = kioskPool.getConnection();
                var lookup = connection.prepareStatement("select program_by_code(?, current_date)::text")) {
            lookup.setString(1, code.value());
            try (var row = lookup.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void kioskQuery(String query) throws Exception {
        try (Connection connection = kioskPool.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(query);
        }
    }

    @Test
    void aStatementThatRunsTooLongIsStoppedByTheServer() throws Exception {
        long start = System.nanoTime();
        try (Connection connection = deskPool.getConnection();
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("select pg_sleep(30)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PostgresPool.STATEMENT.plusSeconds(3));
        assertThat(SqlFailure.of("wait", new SQLException("canceled", "57014")).getMessage())
                .contains("did not answer within 5 s");
    }

    @Test
    void theKioskKeypadLocksAfterFiveWrongCodesThenOpensTheRightOne() throws Exception {
        Program saved = desk.save(SamplePrograms.lowBack("Keypad"));
        IssuedCode code = desk.issueCode(saved.id().get(), TODAY);
        CodeEntry keypad = new CodeEntry(kiosk, new CodeAttempts());
        long now = 5_000_000_000L;
        for (int i = 0; i < 4; i++) {
            assertThat(keypad.enter(ProgramCode.random().grouped(), TODAY, now))
                    .isInstanceOf(CodeEntry.Outcome.Unknown.class);
        }
        assertThat(keypad.enter(ProgramCode.random().grouped(), TODAY, now))
                .isEqualTo(new CodeEntry.Outcome.Locked(Duration.ofSeconds(30)));
        assertThat(keypad.enter(code.code().grouped(), TODAY, now + 29_000_000_000L))
                .isInstanceOf(CodeEntry.Outcome.Locked.class);
        assertThat(keypad.enter(code.code().grouped(), TODAY, now + 30_000_000_000L))
                .isEqualTo(new CodeEntry.Outcome.Opened(KioskProgram.of(saved)));
    }

    @Test
    void aFloodOfWrongCodesPastTheKeypadStopsAllLookupsForAWhile() throws Exception {
        Program saved = desk.save(SamplePrograms.lowBack("Rem"));
        IssuedCode code = desk.issueCode(saved.id().get(), TODAY);
        try {
            // Someone with the kiosk's password asks directly, with no keypad lock-out in between.
            ProgramStoreException refused = null;
            for (int i = 0; i < 120 && refused == null; i++) {
                try {
                    kiosk.byCode(ProgramCode.random(), TODAY);
                } catch (ProgramStoreException e) {
                    refused = e;
                }
            }
            assertThat(refused).isNotNull().hasMessageContaining("too many wrong program codes");
            assertThatThrownBy(() -> kiosk.byCode(code.code(), TODAY))
                    .hasMessageContaining("too many wrong program codes");
        } finally {
            try (Connection owner =
                            database.pool("physiokiosk_owner", "owner-secret").getConnection();
                    Statement sql = owner.createStatement()) {
                sql.execute("delete from code_lookup_miss");
            }
        }
        assertThat(kiosk.byCode(code.code(), TODAY)).isPresent();
    }
}
