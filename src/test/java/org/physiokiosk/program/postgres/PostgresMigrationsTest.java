package org.physiokiosk.program.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.ProgramStoreException;

/** What an administrator reads when {@code programs migrate} cannot do its work; no database needed. */
class PostgresMigrationsTest {

    /** A data source whose every connection fails as {@code failure} says. */
    private static DataSource failing(SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anUnreachableDatabaseIsOneLineInTheStoresOwnWords() {
        DataSource unreachable =
                failing(new SQLTransientConnectionException("programs - Connection is not available", "08001"));

        assertThatThrownBy(() -> PostgresMigrations.migrate(unreachable))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessage("could not migrate the program database: the database cannot be reached"
                        + " (programs - Connection is not available)");
    }

    @Test
    void aRefusedPasswordSaysSo() {
        DataSource refusing = failing(new SQLException("password authentication failed for user \"x\"", "28P01"));

        assertThatThrownBy(() -> PostgresMigrations.migrate(refusing))
                .hasMessage("could not migrate the program database: the database refused the user name or"
                        + " password in the credentials file");
    }
}
