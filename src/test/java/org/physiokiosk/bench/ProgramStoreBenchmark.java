package org.physiokiosk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.SamplePrograms;
import org.physiokiosk.program.postgres.PostgresProgramStore;
import org.physiokiosk.program.postgres.TestDatabase;

/**
 * How much the shared store carries: kiosk lookups by code and desk saves per second, each beside a plain
 * {@code SELECT 1} round trip over the same pool in the same run (the machines are shared and noisy: the
 * ratio to SELECT 1 is what carries over to a clinic's server, the absolute numbers less so). The server is
 * a local embedded PostgreSQL with fsync on, so a save pays for a real commit.
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.physiokiosk.bench.ProgramStoreBenchmark}
 */
public final class ProgramStoreBenchmark {

    private static final int PROGRAMS = Integer.getInteger("programs", 5_000);
    private static final int OPS = Integer.getInteger("ops", 2_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 7);
    private static final int THREADS = 4;

    private ProgramStoreBenchmark() {}

    interface Op {
        void run(int i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        try (TestDatabase database = TestDatabase.start(true)) {
            DataSource deskPool = database.desk();
            PostgresProgramStore desk = new PostgresProgramStore(deskPool, CodePolicy.DEFAULT);
            PostgresProgramStore kiosk = new PostgresProgramStore(database.kiosk(), CodePolicy.DEFAULT);
            LocalDate today = LocalDate.now();
            List<IssuedCode> codes = new ArrayList<>();
            List<Program> programs = new ArrayList<>();
            for (int i = 0; i < PROGRAMS; i++) {
                Program saved = desk.save(SamplePrograms.lowBack("Programma " + i));
                if (i < 1000) {
                    programs.add(saved);
                }
                codes.add(desk.issueCode(saved.id().get(), today));
            }
            Op select1 = i -> selectOne(deskPool);
            Op lookup = i -> {
                if (kiosk.byCode(codes.get(i % codes.size()).code(), today).isEmpty()) {
                    throw new IllegalStateException("a code opened nothing");
                }
            };
            DataSource kioskPool = database.kiosk();
            Op rawLookup =
                    i -> rawLookup(kioskPool, codes.get(i % codes.size()).code().value());
            Program[] current = programs.toArray(new Program[0]);
            Op save = i -> {
                int k = i % current.length;
                current[k] = desk.save(SamplePrograms.retitled(current[k], "Programma " + k + " rev " + i));
            };
            for (int w = 0; w < 2; w++) {
                measure(select1, OPS, 1);
                measure(lookup, OPS, 1);
                measure(save, OPS / 4, 1);
            }
            double[][] rates = new double[6][ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                rates[0][r] = measure(select1, OPS, 1);
                rates[1][r] = measure(lookup, OPS, 1);
                rates[2][r] = measure(save, OPS / 4, 1);
                rates[3][r] = measure(lookup, OPS, THREADS);
                rates[4][r] = measure(select1, OPS, THREADS);
                rates[5][r] = measure(rawLookup, OPS, 1);
            }
            System.out.printf(Locale.ROOT, "programs: %d with codes, rounds: %d, median ops/s%n", PROGRAMS, ROUNDS);
            String[] names = {
                "SELECT 1, 1 thread",
                "lookup by code (kiosk role), 1 thread",
                "save (desk, new revision), 1 thread",
                "lookup by code, " + THREADS + " threads",
                "SELECT 1, " + THREADS + " threads",
                "program_by_code in SQL only, 1 thread"
            };
            double base = median(rates[0]);
            for (int i = 0; i < names.length; i++) {
                System.out.printf(
                        Locale.ROOT,
                        "%-42s %8.0f /s  (%.2f of SELECT 1, 1 thread)%n",
                        names[i],
                        median(rates[i]),
                        median(rates[i]) / base);
            }
        }
        System.exit(0);
    }

    private static void selectOne(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement("select 1");
                ResultSet row = select.executeQuery()) {
            row.next();
        }
    }

    private static void rawLookup(DataSource pool, String code) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select program_by_code(?, current_date)::text")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                row.next();
            }
        }
    }

    private static double measure(Op op, int count, int threads) throws Exception {
        long start = System.nanoTime();
        if (threads == 1) {
            for (int i = 0; i < count; i++) {
                op.run(i);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int offset = t * count;
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < count / threads; i++) {
                            op.run(offset + i);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
