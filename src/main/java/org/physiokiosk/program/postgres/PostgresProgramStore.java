package org.physiokiosk.program.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramDocument;
import org.physiokiosk.program.ProgramLookup;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramStoreException;

/**
 * Programs in one PostgreSQL database shared by a clinic's desks and kiosks. A desk connects as the desk
 * role and uses all of it; a kiosk connects as the kiosk role, which the database lets do one thing only:
 * {@link #byCode} (every other method then fails with a {@link ProgramStoreException}). Each call is one
 * short transaction; time limits come from {@link PostgresPool}.
 */
public final class PostgresProgramStore implements ProgramStore, ProgramCodes, ProgramLookup {

    /** Same shape as the file store's ids, so programs move between the two unchanged. */
    private static final String ID_LETTERS = "23456789abcdefghjkmnpqrstuvwxyz";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource database;
    private final PostgresCodes codes;

    public PostgresProgramStore(DataSource database, CodePolicy policy) {
        this.database = database;
        this.codes = new PostgresCodes(database, policy, RANDOM);
    }

    @Override
    public Listing list() throws ProgramStoreException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, title, coalesce(document->>'patient', ''), program_date, revision, saved_at"
                                + " from program order by program_date desc, saved_at desc, title, id");
                ResultSet rows = select.executeQuery()) {
            List<Summary> programs = new ArrayList<>();
            while (rows.next()) {
                String patient = rows.getString(3);
                programs.add(new Summary(
                        rows.getString(1),
                        rows.getString(2),
                        patient.isBlank() ? Optional.empty() : Optional.of(patient),
                        rows.getObject(4, LocalDate.class),
                        rows.getLong(5),
                        rows.getObject(6, java.time.OffsetDateTime.class).toInstant()));
            }
            return new Listing(programs, List.of());
        } catch (SQLException e) {
            throw SqlFailure.of("list the programs", e);
        }
    }

    @Override
    public Optional<Program> load(String id) throws ProgramStoreException {
        String document;
        try (Connection connection = database.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select document::text from program where id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                document = row.getString(1);
            }
        } catch (SQLException e) {
            throw SqlFailure.of("load program " + id, e);
        }
        return Optional.of(ProgramDocument.fromJson(document));
    }

    /**
     * One conditional UPDATE does the optimistic check: it only matches the row at the revision this program
     * was loaded at, so of two desks saving the same revision exactly one wins, the other gets a Conflict.
     */
    @Override
    public Program save(Program program) throws ProgramStoreException {
        String id = program.id().orElseGet(PostgresProgramStore::newId);
        Program saved = program.withStoreKey(id, program.revision() + 1);
        try (Connection connection = database.getConnection()) {
            if (program.id().isPresent() && update(connection, saved, program.revision())) {
                return saved;
            }
            if (insert(connection, saved)) {
                return saved;
            }
            Optional<Long> stored = revisionOf(connection, id);
            if (program.id().isEmpty() && stored.isPresent()) {
                return save(program); // a fresh id that was taken after all: 1 in 31^10, draw again
            }
            throw new ProgramStoreException.Conflict("program " + id + " was saved elsewhere as revision "
                    + stored.map(String::valueOf).orElse("?") + " after revision " + program.revision()
                    + " was opened here");
        } catch (SQLException e) {
            throw SqlFailure.of("save program " + id + " (the previous version is kept)", e);
        }
    }

    private static boolean update(Connection connection, Program saved, long openedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update program set revision = ?, title = ?, program_date = ?, review_date = ?, document = ?::jsonb,"
                        + " kiosk_view = ?::jsonb, saved_at = now() where id = ? and revision = ?")) {
            update.setLong(1, saved.revision());
            columns(update, 2, saved);
            update.setString(7, saved.id().orElseThrow());
            update.setLong(8, openedAt);
            return update.executeUpdate() == 1;
        }
    }

    private static boolean insert(Connection connection, Program saved) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into program (revision, title, program_date, review_date, document, kiosk_view, id)"
                        + " values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) on conflict (id) do nothing")) {
            insert.setLong(1, saved.revision());
            columns(insert, 2, saved);
            insert.setString(7, saved.id().orElseThrow());
            return insert.executeUpdate() == 1;
        }
    }

    private static void columns(PreparedStatement statement, int first, Program saved) throws SQLException {
        statement.setString(first, saved.title());
        statement.setObject(first + 1, saved.date());
        if (saved.reviewDate().isPresent()) {
            statement.setObject(first + 2, saved.reviewDate().get());
        } else {
            statement.setNull(first + 2, Types.DATE);
        }
        statement.setString(first + 3, ProgramDocument.toJson(saved));
        // Masked here, by the desk that knows the patient's name: the kiosk role may not see it (decision 0036).
        statement.setString(first + 4, ProgramDocument.kioskJson(saved));
    }

    private static Optional<Long> revisionOf(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select revision from program where id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Deletes the program and ends its code in one transaction; the code's value stays taken. */
    @Override
    public void delete(String id) throws ProgramStoreException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement revoke = connection.prepareStatement(
                            "update program_code set revoked_on = current_date where program_id = ? and revoked_on is null");
                    PreparedStatement delete = connection.prepareStatement("delete from program where id = ?")) {
                revoke.setString(1, id);
                revoke.executeUpdate();
                delete.setString(1, id);
                delete.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailure.of("delete program " + id, e);
        }
    }

    @Override
    public Optional<IssuedCode> currentCode(String programId) throws ProgramStoreException {
        return codes.current(programId);
    }

    @Override
    public IssuedCode issueCode(String programId, LocalDate today) throws ProgramStoreException {
        return codes.issue(programId, today);
    }

    @Override
    public void revokeCode(String programId) throws ProgramStoreException {
        codes.revoke(programId);
    }

    @Override
    public boolean adoptCode(IssuedCode code) throws ProgramStoreException {
        return codes.adopt(code);
    }

    @Override
    public Optional<KioskProgram> byCode(ProgramCode code, LocalDate today) throws ProgramStoreException {
        return answer(code, today) instanceof Answer.Opens opens ? Optional.of(opens.program()) : Optional.empty();
    }

    @Override
    public boolean lapsed(ProgramCode code, LocalDate today) throws ProgramStoreException {
        return answer(code, today) instanceof Answer.Lapsed;
    }

    /** One call of {@code kiosk_lookup} (V5): the kiosk role's only door, under the database's brake. */
    @Override
    public Answer answer(ProgramCode code, LocalDate today) throws ProgramStoreException {
        String json;
        try (Connection connection = database.getConnection();
                PreparedStatement lookup = connection.prepareStatement("select kiosk_lookup(?, ?)::text")) {
            lookup.setString(1, code.value());
            lookup.setObject(2, today);
            try (ResultSet row = lookup.executeQuery()) {
                json = row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw SqlFailure.of("look up a program code", e);
        }
        return json == null ? new Answer.Unknown() : ProgramDocument.kioskAnswer(json);
    }

    private static String newId() {
        StringBuilder id = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }
}
