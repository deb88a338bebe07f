package org.physiokiosk.program.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.program.ProgramStoreException;

/**
 * The desk's code commands against the program_code table. A code row remembers the clinic's policy of the
 * day it was issued, so the database alone can tell when it expires (program_by_code) and a later change of
 * the clinic's grace period does not shorten codes already on paper.
 */
final class PostgresCodes {

    private static final int MAX_DRAWS = 20;

    private final DataSource database;
    private final CodePolicy policy;
    private final RandomGenerator random;

    PostgresCodes(DataSource database, CodePolicy policy, RandomGenerator random) {
        this.database = database;
        this.policy = policy;
        this.random = random;
    }

    Optional<IssuedCode> current(String programId) throws ProgramStoreException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select c.code, c.issued_on, c.grace_days, c.weeks_without_review, p.review_date"
                                + " from program_code c join program p on p.id = c.program_id"
                                + " where c.program_id = ? and c.revoked_on is null")) {
            select.setString(1, programId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                LocalDate issuedOn = row.getObject(2, LocalDate.class);
                CodePolicy issuedUnder = new CodePolicy(row.getInt(3), row.getInt(4));
                Optional<LocalDate> review = Optional.ofNullable(row.getObject(5, LocalDate.class));
                return Optional.of(new IssuedCode(
                        new ProgramCode(row.getString(1)), programId, issuedOn, issuedUnder.lastDay(review, issuedOn)));
            }
        } catch (SQLException e) {
            throw SqlFailure.of("read the code of program " + programId, e);
        }
    }

    /** Locks the program's row, so two desks issuing at once end up with one current code, not an error. */
    IssuedCode issue(String programId, LocalDate today) throws ProgramStoreException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<LocalDate> review = lockProgram(connection, programId);
                LocalDate lastDay = policy.lastDay(review, today);
                if (lastDay.isBefore(today)) {
                    throw new ProgramStoreException("program " + programId + ": its review date has passed, so a code "
                            + "would not work; set a new review date first");
                }
                revoke(connection, programId);
                ProgramCode code = insertFresh(connection, programId, today);
                connection.commit();
                return new IssuedCode(code, programId, today, lastDay);
            } catch (SQLException | ProgramStoreException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailure.of("issue a code for program " + programId, e);
        }
    }

    private static Optional<LocalDate> lockProgram(Connection connection, String programId)
            throws SQLException, ProgramStoreException {
        try (PreparedStatement select =
                connection.prepareStatement("select review_date from program where id = ? for update")) {
            select.setString(1, programId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new ProgramStoreException("program " + programId + " is not in the store; save it first");
                }
                return Optional.ofNullable(row.getObject(1, LocalDate.class));
            }
        }
    }

    /** A collision is 1 in 2^40 per live code; the retry keeps even a vast clinic honest. */
    private ProgramCode insertFresh(Connection connection, String programId, LocalDate today)
            throws SQLException, ProgramStoreException {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            ProgramCode code = ProgramCode.random(random);
            if (insert(connection, code, programId, today, policy)) {
                return code;
            }
        }
        throw new ProgramStoreException("no free program code found in " + MAX_DRAWS + " draws");
    }

    private static boolean insert(
            Connection connection, ProgramCode code, String programId, LocalDate issuedOn, CodePolicy policy)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into program_code (code, program_id, issued_on, grace_days, weeks_without_review)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")) {
            insert.setString(1, code.value());
            insert.setString(2, programId);
            insert.setObject(3, issuedOn);
            insert.setInt(4, policy.graceDays());
            insert.setInt(5, policy.weeksWithoutReview());
            return insert.executeUpdate() == 1;
        }
    }

    void revoke(String programId) throws ProgramStoreException {
        try (Connection connection = database.getConnection()) {
            revoke(connection, programId);
        } catch (SQLException e) {
            throw SqlFailure.of("revoke the code of program " + programId, e);
        }
    }

    private static void revoke(Connection connection, String programId) throws SQLException {
        try (PreparedStatement revoke = connection.prepareStatement(
                "update program_code set revoked_on = current_date where program_id = ? and revoked_on is null")) {
            revoke.setString(1, programId);
            revoke.executeUpdate();
        }
    }

    /** "on conflict do nothing" covers both refusals: the code's value taken, or the program already coded. */
    boolean adopt(IssuedCode code) throws ProgramStoreException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lockProgram(connection, code.programId());
                boolean adopted = insert(connection, code.code(), code.programId(), code.issuedOn(), policy);
                connection.commit();
                return adopted;
            } catch (SQLException | ProgramStoreException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailure.of("adopt a code for program " + code.programId(), e);
        }
    }
}
