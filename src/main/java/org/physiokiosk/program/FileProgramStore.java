package org.physiokiosk.program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.physiokiosk.common.FileErrors;

/**
 * Programs as one JSON file each ({@code <id>.json}) in the data folder's {@code programs/}: what a single
 * desk PC needs. The id is random, never taken from the patient's name, so a file name tells nothing about
 * anyone. Saves are atomic; a save that fails leaves the previous file as it was.
 */
public final class FileProgramStore implements ProgramStore {

    /** Above any real program by far; a bigger file is not read into memory. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private static final String SUFFIX = ".json";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    /** No 0/o, 1/l/i: an id may be read aloud or typed from paper. */
    private static final String ID_LETTERS = "23456789abcdefghjkmnpqrstuvwxyz";

    private static final int ID_LENGTH = 10;

    /** Made on the first save, not when the class loads: reading a program (an export) needs no randomness. */
    private static final class IdRandom {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final Path folder;
    private final AtomicFile files;
    private final Supplier<String> newIds;

    public FileProgramStore(Path folder) {
        this(folder, new AtomicFile(AtomicFile.SYNCED), FileProgramStore::randomId);
    }

    FileProgramStore(Path folder, AtomicFile files, Supplier<String> newIds) {
        this.folder = folder;
        this.files = files;
        this.newIds = newIds;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Listing list() throws ProgramStoreException {
        if (!Files.isDirectory(folder)) {
            return new Listing(List.of(), List.of());
        }
        List<Summary> programs = new ArrayList<>();
        List<Unreadable> problems = new ArrayList<>();
        for (Path file : programFiles()) {
            try {
                Program program = read(file);
                programs.add(new Summary(
                        program.id().orElseThrow(),
                        program.title(),
                        program.patient(),
                        program.date(),
                        program.revision(),
                        savedAt(file)));
            } catch (ProgramFileProblem problem) {
                problems.add(new Unreadable(
                        file.toString(), file.getFileName().toString(), problem.kind(), problem.getMessage()));
            }
        }
        programs.sort(Summary.NEWEST_FIRST);
        return new Listing(programs, problems);
    }

    @Override
    public Optional<Program> load(String id) throws ProgramStoreException {
        if (!isId(id)) {
            return Optional.empty();
        }
        Path file = fileOf(id);
        try {
            return Optional.of(read(file));
        } catch (ProgramFileProblem problem) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            throw new ProgramStoreException(file + ": " + problem.getMessage());
        }
    }

    @Override
    public Program save(Program program) throws ProgramStoreException {
        String id = program.id().orElse(null);
        if (id != null && !isId(id)) {
            throw new ProgramStoreException("'" + id + "' is not a program id");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProgramStoreException("could not make the folder " + folder + ": " + FileErrors.describe(e), e);
        }
        return FolderLock.holding(folder, () -> write(program));
    }

    private Program write(Program program) throws ProgramStoreException {
        String id = program.id().orElseGet(this::unusedId);
        Path file = fileOf(id);
        checkRevision(program, file);
        Program saved = program.withStoreKey(id, program.revision() + 1);
        try {
            files.write(file, ProgramJson.write(ProgramFileMapping.toFile(saved)));
            return saved;
        } catch (IOException e) {
            throw new ProgramStoreException(
                    "could not save " + file + " (the previous version is kept): " + FileErrors.describe(e), e);
        }
    }

    @Override
    public void delete(String id) throws ProgramStoreException {
        if (!isId(id)) {
            return;
        }
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new ProgramStoreException("could not delete " + fileOf(id) + ": " + FileErrors.describe(e), e);
        }
    }

    /**
     * Only the revision this program was loaded at may be replaced: anything else means another desk saved
     * in between. A file of a newer app is never overwritten; a broken one may be, by a good version.
     */
    private void checkRevision(Program program, Path file) throws ProgramStoreException {
        if (program.id().isEmpty() || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            long stored = read(file).revision();
            if (stored != program.revision()) {
                throw new ProgramStoreException.Conflict(
                        "program " + program.id().get() + " was saved elsewhere as revision " + stored
                                + " after revision " + program.revision() + " was opened here");
            }
        } catch (ProgramFileProblem problem) {
            if (problem.newerSchema()) {
                throw new ProgramStoreException(file + ": " + problem.getMessage());
            }
        }
    }

    private Program read(Path file) throws ProgramFileProblem {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        if (!isId(id)) {
            throw new ProgramFileProblem("the file name is not a program id (lower case letters, digits and dashes)");
        }
        if (Files.isSymbolicLink(file)) {
            // As the listing ignores links, a load by id (a kiosk code) does not follow one: it could lead out of
            // the folder, and a parse error would quote the target's first word.
            throw new ProgramFileProblem("a symbolic link; program files are never links, so it is not read");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ProgramFileProblem("larger than " + MAX_FILE_BYTES + " bytes; not a program file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProgramFileProblem("no such file", Unreadable.Kind.NOT_READABLE);
        } catch (IOException e) {
            throw new ProgramFileProblem("could not be read: " + FileErrors.describe(e), Unreadable.Kind.NOT_READABLE);
        }
        Program program = ProgramFileMapping.fromFile(ProgramFileReader.read(bytes));
        if (!program.id().orElseThrow().equals(id)) {
            throw new ProgramFileProblem("holds id '" + program.id().get() + "', which is not its file name");
        }
        return program;
    }

    /** When the file was last written; a file whose time cannot be read sorts as the oldest of its day. */
    private static Instant savedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private List<Path> programFiles() throws ProgramStoreException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(SUFFIX))
                    .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ProgramStoreException("could not list " + folder + ": " + FileErrors.describe(e), e);
        }
    }

    private String unusedId() {
        String id = newIds.get();
        while (Files.exists(fileOf(id), LinkOption.NOFOLLOW_LINKS)) {
            id = newIds.get();
        }
        return id;
    }

    private Path fileOf(String id) {
        return folder.resolve(id + SUFFIX);
    }

    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String randomId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_LETTERS.charAt(IdRandom.RANDOM.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }
}
