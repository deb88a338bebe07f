package org.physiokiosk.program.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.program.SamplePrograms.TODAY;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.program.SamplePrograms;

/**
 * Nothing may leave a desk or kiosk waiting forever: every failure is a clear exception within seconds.
 * (A statement that runs too long is in {@link PostgresProgramStoreTest}: it needs a running server.)
 */
class PostgresOutageTest {

    /** Connect limit plus statement limit plus slack for a busy test machine. */
    private static final Duration PROMPTLY =
            PostgresPool.CONNECT.plus(PostgresPool.STATEMENT).plusSeconds(2);

    @Test
    void aDatabaseStoppedMidSessionGivesAClearErrorWithinSeconds() throws Exception {
        try (TestDatabase database = TestDatabase.start()) {
            PostgresProgramStore desk = new PostgresProgramStore(database.desk(), CodePolicy.DEFAULT);
            PostgresProgramStore kiosk = new PostgresProgramStore(database.kiosk(), CodePolicy.DEFAULT);
            String id = desk.save(SamplePrograms.lowBack("Voor de stroomuitval"))
                    .id()
                    .get();
            IssuedCode code = desk.issueCode(id, TODAY);
            assertThat(kiosk.byCode(code.code(), TODAY)).isPresent();

            database.stopServer();

            // The first calls meet the pooled connections the server closed; the last finds no server at all.
            assertPromptFailure(desk::list, "could not list the programs");
            assertPromptFailure(() -> kiosk.byCode(code.code(), TODAY), "could not look up a program code");
            assertPromptFailure(() -> desk.load(id), "cannot be reached");
        }
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            PostgresAddress address = PostgresAddress.of(
                    "postgresql://127.0.0.1:" + silent.getLocalPort() + "/programs", "physiokiosk_kiosk", "x");
            try (var pool = PostgresPool.open(address, 2)) {
                PostgresProgramStore kiosk = new PostgresProgramStore(pool, CodePolicy.DEFAULT);
                long start = System.nanoTime();
                assertThatThrownBy(() -> kiosk.byCode(org.physiokiosk.program.ProgramCode.random(), TODAY))
                        .isInstanceOf(ProgramStoreException.class)
                        .hasMessageContaining("cannot be reached");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static void assertPromptFailure(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        long start = System.nanoTime();
        assertThatThrownBy(call).isInstanceOf(ProgramStoreException.class).hasMessageContaining(message);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
    }
}
