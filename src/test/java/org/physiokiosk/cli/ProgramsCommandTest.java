package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.program.SamplePrograms.TODAY;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.kiosk.LaunchOptions;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.FileCodeIndex;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.SamplePrograms;
import org.physiokiosk.program.postgres.PostgresMigrations;
import org.physiokiosk.program.postgres.PostgresProgramStore;
import org.physiokiosk.program.postgres.TestDatabase;
import picocli.CommandLine;

/** programs export/import as a clinic moving from one PC to a shared database would run them. */
class ProgramsCommandTest {

    private static TestDatabase database;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<LaunchOptions> launches = new ArrayList<>();
        CommandLine commandLine = new CommandLine(new KioskCommand(launches::add));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        assertThat(launches).isEmpty();
        return code;
    }

    private Path credentials(String user, String password) throws Exception {
        Path file = temp.resolve(user + ".credentials");
        Files.writeString(file, "user=" + user + "\npassword=" + password + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static FileCodeIndex codes(Path data) {
        return new FileCodeIndex(
                data.resolve(FileCodeIndex.FILE_NAME),
                new FileProgramStore(data.resolve("programs")),
                CodePolicy.DEFAULT);
    }

    @Test
    void aFolderMovesIntoTheDatabaseWithItsCodesAndBackAgainAndRunsTwiceHarmlessly() throws Exception {
        Path desk = temp.resolve("desk-pc");
        FileProgramStore files = new FileProgramStore(desk.resolve("programs"));
        Program a = files.save(SamplePrograms.lowBack("Lage rug"));
        a = files.save(SamplePrograms.retitled(a, "Lage rug, week 2"));
        Program b = files.save(SamplePrograms.withoutReview("Nek"));
        IssuedCode code = codes(desk).issueCode(a.id().get(), TODAY);
        Path deskCredentials = credentials(PostgresMigrations.DESK_ROLE, TestDatabase.DESK_PASSWORD);

        assertThat(run(
                        "programs",
                        "export",
                        "--store",
                        desk.toString(),
                        "--to",
                        database.url(),
                        "--to-credentials",
                        deskCredentials.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("copied: " + a.id().get(), "copied: " + b.id().get())
                .contains("2 copied, 0 updated, 0 skipped, 0 left alone, 1 code(s) copied, 0 problem(s)")
                .doesNotContain(SamplePrograms.PATIENT, "Lage rug");

        PostgresProgramStore shared = new PostgresProgramStore(database.desk(), CodePolicy.DEFAULT);
        assertThat(shared.load(a.id().get())).hasValue(a);
        PostgresProgramStore kiosk = new PostgresProgramStore(database.kiosk(), CodePolicy.DEFAULT);
        assertThat(kiosk.byCode(code.code(), TODAY)).hasValue(KioskProgram.of(a));

        assertThat(run(
                        "programs",
                        "export",
                        "--store",
                        desk.toString(),
                        "--to",
                        database.url(),
                        "--to-credentials",
                        deskCredentials.toString()))
                .isZero();
        assertThat(out.toString()).contains("0 copied, 0 updated, 2 skipped, 0 left alone, 0 code(s) copied");

        Path otherPc = temp.resolve("new-pc");
        assertThat(run(
                        "programs",
                        "import",
                        "--store",
                        otherPc.toString(),
                        "--from",
                        database.url(),
                        "--from-credentials",
                        deskCredentials.toString()))
                .isZero();
        assertThat(new FileProgramStore(otherPc.resolve("programs")).load(a.id().get()))
                .hasValue(a);
        assertThat(codes(otherPc).byCode(code.code(), TODAY)).hasValue(KioskProgram.of(a));
    }

    @Test
    void aNewerSourceUpdatesAndADifferentNewerTargetIsLeftAloneAndReported() throws Exception {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        FileProgramStore first = new FileProgramStore(one.resolve("programs"));
        FileProgramStore second = new FileProgramStore(two.resolve("programs"));
        Program p = first.save(SamplePrograms.lowBack("Schouder"));
        assertThat(run("programs", "export", "--store", one.toString(), "--to", two.toString()))
                .isZero();

        Program newer = first.save(SamplePrograms.retitled(p, "Schouder, aangepast"));
        assertThat(run("programs", "export", "--store", one.toString(), "--to", two.toString()))
                .isZero();
        assertThat(out.toString()).contains("updated: " + p.id().get());
        assertThat(second.load(p.id().get()).orElseThrow().title()).isEqualTo(newer.title());

        Program editedThere =
                second.save(SamplePrograms.retitled(second.load(p.id().get()).orElseThrow(), "Elders gewijzigd"));
        editedThere = second.save(SamplePrograms.retitled(editedThere, "Elders gewijzigd, twee keer"));
        assertThat(run("programs", "export", "--store", one.toString(), "--to", two.toString()))
                .isEqualTo(1);
        assertThat(out.toString()).contains("left alone: " + p.id().get());
        assertThat(second.load(p.id().get())).hasValue(editedThere);
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsWithExitTwo() throws Exception {
        Path credentials = credentials("nobody", "x");
        assertThat(run(
                        "programs",
                        "import",
                        "--store",
                        temp.toString(),
                        "--from",
                        "postgresql://127.0.0.1:1/none",
                        "--from-credentials",
                        credentials.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("error: could not list the programs");
        assertThat(run("programs", "import", "--store", temp.toString(), "--from", "postgresql://127.0.0.1:1/none"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("needs a credentials file");
    }

    @Test
    void migrateOnAnUpToDateDatabaseChangesNothing() throws Exception {
        Path owner = credentials("physiokiosk_owner", "owner-secret");
        assertThat(run("programs", "migrate", "--store", database.url(), "--credentials", owner.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("up to date");
    }
}
