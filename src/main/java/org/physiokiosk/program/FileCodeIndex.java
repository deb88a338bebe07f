package org.physiokiosk.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.physiokiosk.common.FileErrors;

/**
 * Program codes for a single-PC clinic: one small JSON file ({@code program-codes.json} in the data folder,
 * beside the programs folder, never inside it) that maps codes to the ids of any {@link ProgramStore}. The
 * programs stay in their own files untouched; the kiosk gets only {@link KioskProgram}. Rows are never
 * deleted, so a code is never given twice. Written atomically; one process writes at a time (the methods
 * are synchronized), which is what one PC with the kiosk and the builder in the same app has.
 */
public final class FileCodeIndex implements ProgramCodes, ProgramLookup {

    public static final String FILE_NAME = "program-codes.json";
    private static final int SCHEMA_VERSION = 1;
    private static final int MAX_DRAWS = 20;

    private final Path file;
    private final ProgramStore programs;
    private final CodePolicy policy;
    private final RandomGenerator random;
    private final AtomicFile files = new AtomicFile(AtomicFile.SYNCED);

    public FileCodeIndex(Path file, ProgramStore programs, CodePolicy policy) {
        this(file, programs, policy, new SecureRandom());
    }

    FileCodeIndex(Path file, ProgramStore programs, CodePolicy policy, RandomGenerator random) {
        this.file = file;
        this.programs = programs;
        this.policy = policy;
        this.random = random;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "program", "issuedOn", "graceDays", "weeksWithoutReview", "revokedOn"})
    record Row(String code, String program, String issuedOn, int graceDays, int weeksWithoutReview, String revokedOn) {
        boolean current() {
            return revokedOn == null;
        }

        Row revoked(LocalDate on) {
            return new Row(code, program, issuedOn, graceDays, weeksWithoutReview, on.toString());
        }
    }

    @JsonPropertyOrder({"schemaVersion", "codes"})
    record IndexFile(int schemaVersion, List<Row> codes) {}

    @Override
    public synchronized Optional<IssuedCode> currentCode(String programId) throws ProgramStoreException {
        Optional<Row> row = read().stream()
                .filter(r -> r.current() && r.program().equals(programId))
                .findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<Program> program = programs.load(programId);
        return program.map(p -> issued(row.get(), p));
    }

    @Override
    public synchronized IssuedCode issueCode(String programId, LocalDate today) throws ProgramStoreException {
        Program program = programs.load(programId)
                .orElseThrow(() ->
                        new ProgramStoreException("program " + programId + " is not in the store; save it first"));
        LocalDate lastDay = policy.lastDay(program.reviewDate(), today);
        if (lastDay.isBefore(today)) {
            throw new ProgramStoreException("program " + programId + ": its review date has passed, so a code "
                    + "would not work; set a new review date first");
        }
        List<Row> rows = revokeIn(read(), programId, today);
        ProgramCode code = fresh(rows);
        rows.add(new Row(
                code.value(), programId, today.toString(), policy.graceDays(), policy.weeksWithoutReview(), null));
        write(rows);
        return new IssuedCode(code, programId, today, lastDay);
    }

    @Override
    public synchronized void revokeCode(String programId) throws ProgramStoreException {
        List<Row> rows = read();
        if (rows.stream().anyMatch(r -> r.current() && r.program().equals(programId))) {
            write(revokeIn(rows, programId, LocalDate.now()));
        }
    }

    @Override
    public synchronized boolean adoptCode(IssuedCode code) throws ProgramStoreException {
        List<Row> rows = read();
        boolean taken = rows.stream()
                .anyMatch(r -> r.code().equals(code.code().value())
                        || r.current() && r.program().equals(code.programId()));
        if (taken || programs.load(code.programId()).isEmpty()) {
            return false;
        }
        rows.add(new Row(
                code.code().value(),
                code.programId(),
                code.issuedOn().toString(),
                policy.graceDays(),
                policy.weeksWithoutReview(),
                null));
        write(rows);
        return true;
    }

    @Override
    public synchronized Optional<KioskProgram> byCode(ProgramCode code, LocalDate today) throws ProgramStoreException {
        Optional<Row> row = read().stream()
                .filter(r -> r.current() && r.code().equals(code.value()))
                .findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<Program> program = programs.load(row.get().program());
        return program.filter(p -> issued(row.get(), p).worksOn(today)).map(KioskProgram::of);
    }

    @Override
    public synchronized boolean lapsed(ProgramCode code, LocalDate today) throws ProgramStoreException {
        return read().stream().anyMatch(r -> r.code().equals(code.value()))
                && byCode(code, today).isEmpty();
    }

    private static IssuedCode issued(Row row, Program program) {
        LocalDate issuedOn = LocalDate.parse(row.issuedOn());
        LocalDate lastDay =
                new CodePolicy(row.graceDays(), row.weeksWithoutReview()).lastDay(program.reviewDate(), issuedOn);
        return new IssuedCode(new ProgramCode(row.code()), row.program(), issuedOn, lastDay);
    }

    private static List<Row> revokeIn(List<Row> rows, String programId, LocalDate today) {
        List<Row> result = new ArrayList<>();
        for (Row row : rows) {
            result.add(row.current() && row.program().equals(programId) ? row.revoked(today) : row);
        }
        return result;
    }

    private ProgramCode fresh(List<Row> rows) throws ProgramStoreException {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            ProgramCode code = ProgramCode.random(random);
            if (rows.stream().noneMatch(r -> r.code().equals(code.value()))) {
                return code;
            }
        }
        throw new ProgramStoreException("no free program code found in " + MAX_DRAWS + " draws");
    }

    private List<Row> read() throws ProgramStoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        } catch (IOException e) {
            throw new ProgramStoreException("could not read " + file + ": " + FileErrors.describe(e), e);
        }
        try {
            IndexFile index = ProgramJson.MAPPER.readValue(bytes, IndexFile.class);
            if (index.schemaVersion() != SCHEMA_VERSION || index.codes() == null) {
                throw new ProgramStoreException(file + ": schemaVersion " + index.schemaVersion() + " is not "
                        + SCHEMA_VERSION + " (written by another PhysioKiosk version?)");
            }
            for (Row row : index.codes()) {
                new ProgramCode(row.code());
                LocalDate.parse(row.issuedOn());
                new CodePolicy(row.graceDays(), row.weeksWithoutReview());
            }
            return new ArrayList<>(index.codes());
        } catch (JsonProcessingException e) {
            throw new ProgramStoreException(file + ": " + ProgramJson.describe(e));
        } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new ProgramStoreException(file + ": a code row is broken: " + e.getMessage());
        }
    }

    private void write(List<Row> rows) throws ProgramStoreException {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            files.write(file, ProgramJson.MAPPER.writeValueAsBytes(new IndexFile(SCHEMA_VERSION, rows)));
        } catch (IOException e) {
            throw new ProgramStoreException(
                    "could not save " + file + " (the previous codes are kept): " + FileErrors.describe(e), e);
        }
    }
}
