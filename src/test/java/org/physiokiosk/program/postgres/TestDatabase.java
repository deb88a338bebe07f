package org.physiokiosk.program.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.physiokiosk.program.ProgramStoreException;

/**
 * A real PostgreSQL for one test class, set up the way docs/multi-pc-clinic.md tells a clinic to: a
 * database, an owner who migrates, a desk role and a kiosk role with passwords.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String DESK_PASSWORD = "desk-secret";
    public static final String KIOSK_PASSWORD = "kiosk-secret";

    /** Held strongly: java.util.logging forgets a logger's level once nobody references it. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("io.zonky"), Logger.getLogger("org.flywaydb"), Logger.getLogger("com.zaxxer.hikari"));

    static {
        // initdb's and Flyway's progress lines would drown the test output; warnings still show.
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private final EmbeddedPostgres server;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private boolean stopped;

    private TestDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    public static TestDatabase start() throws IOException, SQLException, ProgramStoreException {
        return start(false);
    }

    /** {@code durable}: commits reach the disk as on a clinic's server (for measuring saves, not for tests). */
    public static TestDatabase start(boolean durable) throws IOException, SQLException, ProgramStoreException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (!durable) {
            // Durability is not under test: skipping fsync makes start-up and every commit cheaper on a busy machine.
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        TestDatabase database = new TestDatabase(builder.start());
        try (Connection admin = database.server.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("create role physiokiosk_owner login password 'owner-secret'");
            sql.execute("create role physiokiosk_desk login password '" + DESK_PASSWORD + "'");
            sql.execute("create role physiokiosk_kiosk login password '" + KIOSK_PASSWORD + "'");
            sql.execute("create database programs owner physiokiosk_owner");
        }
        try (Connection admin =
                        database.server.getDatabase("postgres", "programs").getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("revoke create on schema public from public");
            sql.execute("create schema clinic authorization physiokiosk_owner");
        }
        try (HikariDataSource owner = database.pool("physiokiosk_owner", "owner-secret")) {
            PostgresMigrations.migrate(owner);
        }
        return database;
    }

    public String url() {
        return "postgresql://localhost:" + server.getPort() + "/programs?currentSchema=clinic";
    }

    public HikariDataSource pool(String user, String password) throws ProgramStoreException {
        HikariDataSource pool = PostgresPool.open(PostgresAddress.of(url(), user, password), 4);
        pools.add(pool);
        return pool;
    }

    public DataSource desk() throws ProgramStoreException {
        return pool(PostgresMigrations.DESK_ROLE, DESK_PASSWORD);
    }

    public DataSource kiosk() throws ProgramStoreException {
        return pool(PostgresMigrations.KIOSK_ROLE, KIOSK_PASSWORD);
    }

    /** Stops the server under the pools' feet: the outage test's power cut. */
    void stopServer() throws IOException {
        stopped = true;
        server.close();
    }

    @Override
    public void close() throws IOException {
        pools.forEach(HikariDataSource::close);
        if (!stopped) {
            server.close();
        }
    }
}
