package org.physiokiosk.program.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * A small connection pool with hard time limits: a desk or kiosk whose database has gone away must hear so
 * within seconds, never wait forever (the caller is a background task the screen is waiting on).
 *
 * <ul>
 *   <li>getting a connection: {@link #CONNECT} (TCP connect, login, and waiting for a free pooled one);</li>
 *   <li>one statement: {@link #STATEMENT}, enforced by the server ({@code statement_timeout}), with a socket
 *       read limit a little above it for a server that stops answering at all.</li>
 * </ul>
 * The pool starts without touching the server, so a kiosk starts while the database is still down.
 */
public final class PostgresPool {

    public static final Duration CONNECT = Duration.ofSeconds(3);
    public static final Duration STATEMENT = Duration.ofSeconds(5);
    private static final Duration SOCKET = STATEMENT.plusSeconds(2);

    private PostgresPool() {}

    public static HikariDataSource open(PostgresAddress address, int maxConnections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(address.password());
        config.setPoolName("programs");
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECT.toMillis());
        config.setValidationTimeout(Math.min(1000, CONNECT.toMillis() - 1));
        config.setInitializationFailTimeout(-1);
        config.setIdleTimeout(Duration.ofMinutes(2).toMillis());
        config.setMaxLifetime(Duration.ofMinutes(30).toMillis());
        config.addDataSourceProperty("connectTimeout", CONNECT.toSeconds());
        config.addDataSourceProperty("loginTimeout", CONNECT.toSeconds());
        config.addDataSourceProperty("socketTimeout", SOCKET.toSeconds());
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("ApplicationName", "physiokiosk");
        config.addDataSourceProperty(
                "options",
                "-c statement_timeout=" + STATEMENT.toMillis() + " -c idle_in_transaction_session_timeout="
                        + Duration.ofSeconds(30).toMillis());
        // sslmode, sslrootcert, ... from the address: the clinic's TLS set-up passes through untouched.
        address.parameters().forEach(config::addDataSourceProperty);
        return new HikariDataSource(config);
    }
}
