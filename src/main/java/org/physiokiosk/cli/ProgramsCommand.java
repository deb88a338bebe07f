package org.physiokiosk.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.ProgramCopy;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.program.postgres.ConfiguredStore;
import org.physiokiosk.program.postgres.PostgresAddress;
import org.physiokiosk.program.postgres.PostgresMigrations;
import org.physiokiosk.program.postgres.PostgresPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Moves saved programs between stores (a data folder, the clinic's database) and sets the database up. */
@Command(
        name = "programs",
        mixinStandardHelpOptions = true,
        description = "Saved programs: copy them between a data folder and the clinic's PostgreSQL database"
                + " (or between two folders), and set up or upgrade that database.%n"
                + "A STORE is a data folder (its programs/ and program-codes.json) or postgresql://host:5432/db.",
        subcommands = {ProgramsCommand.Export.class, ProgramsCommand.Import.class, ProgramsCommand.Migrate.class})
public final class ProgramsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Without export, import or migrate nothing was done: a script must not read that as success. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give export, import or migrate");
    }

    /** Held strongly (java.util.logging forgets levels of loggers nobody holds): the pool's start/stop lines are noise here. */
    private static final Logger POOL_LOG = Logger.getLogger("com.zaxxer.hikari");

    static {
        POOL_LOG.setLevel(Level.WARNING);
    }

    /** Exit code when a store could not be opened or read at all (1 means: copied, but not everything). */
    static final int STORE_FAILED = 2;

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Copy every program (and its code) from --store to --to. Safe to run again: unchanged"
                            + " programs are skipped, nothing newer is overwritten. Exit 0: all there; 1: some left alone; 2: failed.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--store", required = true, paramLabel = "STORE", description = "Where the programs are now.")
        String store;

        @Option(names = "--credentials", paramLabel = "FILE", description = "Credentials file for a database --store.")
        Path credentials;

        @Option(names = "--to", required = true, paramLabel = "STORE", description = "Where to copy them.")
        String target;

        @Option(names = "--to-credentials", paramLabel = "FILE", description = "Credentials file for a database --to.")
        Path targetCredentials;

        @Override
        public Integer call() {
            return copy(spec, store, credentials, target, targetCredentials);
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description =
                    "Copy every program (and its code) from --from into --store. Safe to run again: unchanged"
                            + " programs are skipped, nothing newer is overwritten. Exit 0: all there; 1: some left alone; 2: failed.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--store", required = true, paramLabel = "STORE", description = "Where the programs go.")
        String store;

        @Option(names = "--credentials", paramLabel = "FILE", description = "Credentials file for a database --store.")
        Path credentials;

        @Option(names = "--from", required = true, paramLabel = "STORE", description = "Where the programs are now.")
        String source;

        @Option(
                names = "--from-credentials",
                paramLabel = "FILE",
                description = "Credentials file for a database --from.")
        Path sourceCredentials;

        @Override
        public Integer call() {
            return copy(spec, source, sourceCredentials, store, credentials);
        }
    }

    @Command(
            name = "migrate",
            mixinStandardHelpOptions = true,
            description = "Create or upgrade the program tables, the kiosk's lookup function and the roles' rights."
                    + " Run as the database's owner (not the desk or kiosk role) once per new version.")
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--store", required = true, paramLabel = "postgresql://host:5432/db")
        String store;

        @Option(
                names = "--credentials",
                required = true,
                paramLabel = "FILE",
                description = "The owner's credentials file.")
        Path credentials;

        @Option(names = "--desk-role", paramLabel = "ROLE", description = "Default: ${DEFAULT-VALUE}.")
        String deskRole = PostgresMigrations.DESK_ROLE;

        @Option(names = "--kiosk-role", paramLabel = "ROLE", description = "Default: ${DEFAULT-VALUE}.")
        String kioskRole = PostgresMigrations.KIOSK_ROLE;

        @Override
        public Integer call() {
            // Flyway holds one connection for its lock and works on a second.
            try (HikariDataSource owner = PostgresPool.open(PostgresAddress.of(store, credentials), 2)) {
                int ran = PostgresMigrations.migrate(owner, deskRole, kioskRole);
                spec.commandLine().getOut().println(ran == 0 ? "up to date" : ran + " migration(s) applied");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (ProgramStoreException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return STORE_FAILED;
            }
        }
    }

    static int copy(CommandSpec spec, String source, Path sourceCredentials, String target, Path targetCredentials) {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> refused = StoreArgument.problem(source, true).or(() -> StoreArgument.problem(target, false));
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("error: " + refused.get());
            spec.commandLine().getErr().flush();
            return STORE_FAILED;
        }
        try (ConfiguredStore from =
                        ConfiguredStore.open(source, Optional.ofNullable(sourceCredentials), CodePolicy.DEFAULT);
                ConfiguredStore to =
                        ConfiguredStore.open(target, Optional.ofNullable(targetCredentials), CodePolicy.DEFAULT)) {
            ProgramCopy.Report report = new ProgramCopy(from.programs(), from.codes(), to.programs(), to.codes()).run();
            print(out, "copied", report.copied());
            print(out, "updated", report.updated());
            print(out, "skipped (already there)", report.skipped());
            print(out, "left alone", report.leftAlone());
            print(out, "problem", report.problems());
            out.printf(
                    "%d copied, %d updated, %d skipped, %d left alone, %d code(s) copied, %d problem(s): %s -> %s%n",
                    report.copied().size(),
                    report.updated().size(),
                    report.skipped().size(),
                    report.leftAlone().size(),
                    report.codesCopied(),
                    report.problems().size(),
                    from.description(),
                    to.description());
            out.flush();
            return report.complete() ? 0 : 1;
        } catch (ProgramStoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return STORE_FAILED;
        }
    }

    private static void print(PrintWriter out, String what, List<String> lines) {
        lines.forEach(line -> out.println(what + ": " + line));
    }
}
