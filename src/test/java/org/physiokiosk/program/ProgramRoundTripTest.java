package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

/** Property style, with a fixed seed so a failure repeats: any valid program saves and loads equal. */
class ProgramRoundTripTest {

    private static final long SEED = 20261129L;
    private static final int PROGRAMS = 200;
    /** Plain letters, Dutch and Turkish accents, quotes, backslash, control characters, RTL, outside the BMP. */
    private static final int[] ODD_CHARACTERS = {
        '"', '\\', '\n', '\t', '\r', 0, 0x1f, 'ë', 'é', 'ş', 'İ', 'ı', 0x5d0, 0x627, 0x2013, 0x1F600, 0x1D11E, '{', '}',
        '[', ']', ':', ',', '/'
    };

    @TempDir
    Path folder;

    private final Random random = new Random(SEED);

    /** The real store without the disk sync per file: this test is about the format, and syncs cost seconds here. */
    private FileProgramStore store() {
        return new FileProgramStore(folder, new AtomicFile(Files::write), FileProgramStore::randomId);
    }

    @Test
    void randomValidProgramsSaveAndLoadEqual() throws Exception {
        FileProgramStore store = store();
        List<Program> saved = new ArrayList<>();
        for (int i = 0; i < PROGRAMS; i++) {
            Program program = randomProgram();
            Program stored = store.save(program);
            assertThat(stored).isEqualTo(program.withStoreKey(stored.id().orElseThrow(), program.revision() + 1));
            assertThat(store.load(stored.id().orElseThrow()))
                    .as("program %d", i)
                    .contains(stored);
            saved.add(stored);
        }
        ProgramStore.Listing listing = store.list();
        assertThat(listing.problems()).isEmpty();
        assertThat(listing.programs()).hasSize(PROGRAMS);
    }

    @Test
    void aCorruptSiblingNeverHidesTheGoodOnes() throws Exception {
        FileProgramStore store = store();
        Set<String> good = new HashSet<>();
        for (int i = 0; i < 15; i++) {
            Program stored = store.save(randomProgram());
            good.add(stored.id().orElseThrow());
            byte[] bytes = Files.readAllBytes(folder.resolve(stored.id().orElseThrow() + ".json"));
            String broken = "broken-" + i;
            Files.write(folder.resolve(broken + ".json"), corrupt(bytes));
            ProgramStore.Listing listing = store.list();
            assertThat(listing.programs())
                    .extracting(ProgramStore.Summary::id)
                    .containsExactlyInAnyOrderElementsOf(good);
            assertThat(listing.problems()).hasSize(i + 1);
            assertThat(listing.problems())
                    .anySatisfy(problem -> assertThat(problem).contains(broken + ".json: "));
        }
    }

    /** Cut short anywhere, or garbage put in after the opening brace: never a valid program. */
    private byte[] corrupt(byte[] bytes) {
        if (random.nextBoolean()) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        return ("{ @" + text.substring(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Program randomProgram() {
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4000));
        Optional<LocalDate> review =
                random.nextBoolean() ? Optional.of(date.plusDays(random.nextInt(400))) : Optional.empty();
        List<ProgramItem> items = new ArrayList<>();
        int count = random.nextInt(13);
        for (int i = 0; i < count; i++) {
            items.add(new ProgramItem("exercise-" + random.nextInt(50), randomDose(), 1 + random.nextInt(7), text(30)));
        }
        Optional<String> patient = random.nextBoolean() ? Optional.of(text(40)) : Optional.empty();
        String language = List.of("nl", "en", "tr", "ar").get(random.nextInt(4));
        return new Program(
                Optional.empty(),
                random.nextInt(3) == 0 ? 0 : random.nextInt(1000),
                text(60),
                patient,
                text(30),
                date,
                review,
                text(400),
                language,
                items);
    }

    private Dose randomDose() {
        Set<String> defaults = new HashSet<>();
        for (String field : Dose.FIELDS) {
            if (random.nextInt(3) == 0) {
                defaults.add(field);
            }
        }
        return new Dose(
                range(Dose.REPS_LIMIT),
                within(Dose.SETS_LIMIT),
                range(Dose.HOLD_LIMIT),
                within(Dose.REST_LIMIT),
                Side.values()[random.nextInt(Side.values().length)],
                range(Dose.TIMES_PER_DAY_LIMIT),
                defaults);
    }

    private IntRange range(IntRange limit) {
        int a = within(limit);
        return random.nextBoolean()
                ? IntRange.exactly(a)
                : new IntRange(Math.min(a, within(limit)), Math.max(a, within(limit)));
    }

    private int within(IntRange limit) {
        // The ends of the limits more often than chance would pick them: that is where off-by-ones live.
        return switch (random.nextInt(4)) {
            case 0 -> limit.min();
            case 1 -> limit.max();
            default -> limit.min() + random.nextInt(limit.max() - limit.min() + 1);
        };
    }

    private String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0
                    ? ODD_CHARACTERS[random.nextInt(ODD_CHARACTERS.length)]
                    : 'a' + random.nextInt(26);
            text.appendCodePoint(random.nextInt(8) == 0 ? ' ' : codePoint);
        }
        return text.toString();
    }
}
