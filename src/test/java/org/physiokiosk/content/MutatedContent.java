package org.physiokiosk.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Clinic folders made of randomly mutated copies of a content folder's files, the same ones for the same seed and
 * number on any machine: what a clinic's careless edit, a bad disk or a hostile visitor makes of good files. Each
 * folder holds one to three files of the source folder under their own names (so they replace the originals),
 * each changed once to three times: bytes cut, overwritten, inserted or the file truncated; a number, text or id
 * swapped for one of the wrong kind, out of range or unknown; a translation or a field dropped; a field renamed or
 * written twice. Used to compare one loader's reports with another's ({@link LoaderDifferential}).
 */
public final class MutatedContent {

    private static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?");
    private static final Pattern TEXT = Pattern.compile("(?<=: )\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TRANSLATION = Pattern.compile("\"(nl|en)\": \"(?:[^\"\\\\]|\\\\.)*\",?");
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z$]+)\":");
    private static final Pattern FIELD_LINE = Pattern.compile("(?m)^ *\"[A-Za-z]+\": [^\\[{\\n]*,?\\n");
    private static final String[] NUMBERS = {"-5", "0", "2.5", "99999", "\"3\"", "null", "true", "3.0", "1e2"};
    private static final String[] TEXTS = {
        "\"ghost\"",
        "\"\"",
        "\" \"",
        "\"a\\u200bb\"",
        "\"\\u0000\"",
        "5",
        "null",
        "{}",
        "[]",
        "\"Ghost Id\"",
        "\"each\""
    };
    private static final byte[] BYTES = {'{', '}', '"', ',', ':', 0, (byte) 0xC3, (byte) 0xFF, '\n', '\\', '[', '9'};

    private final List<Path> files;
    private final Path source;

    public MutatedContent(Path source) {
        this.source = source;
        try (Stream<Path> all = Files.walk(source)) {
            this.files = all.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes clinic folder {@code number} of {@code seed} into the empty folder {@code into}. */
    public void write(long seed, int number, Path into) throws IOException {
        Random random = new Random(seed * 1_000_003L + number);
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Path file = files.get(random.nextInt(files.size()));
            Path target = into.resolve(source.relativize(file).toString());
            Files.createDirectories(target.getParent());
            byte[] bytes = Files.exists(target) ? Files.readAllBytes(target) : Files.readAllBytes(file);
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                bytes = mutate(bytes, random);
            }
            Files.write(target, bytes);
        }
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (random.nextInt(8)) {
            case 0 -> bytesChanged(bytes, random);
            case 1 -> replaceOne(text, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)], random);
            case 2 -> replaceOne(text, TEXT, TEXTS[random.nextInt(TEXTS.length)], random);
            case 3 -> replaceOne(text, TRANSLATION, "", random);
            case 4 -> replaceOne(text, KEY, random.nextBoolean() ? "\"setts\":" : "\"id\":", random);
            case 5 -> replaceOne(text, FIELD_LINE, "", random);
            case 6 -> duplicateKey(text, random);
            default ->
                replaceOne(
                        text,
                        TEXT,
                        "\"" + List.of("supine", "lying", "ghost-pose", "mat").get(random.nextInt(4)) + "\"",
                        random);
        };
    }

    private static byte[] replaceOne(String text, Pattern pattern, String replacement, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return (text.substring(0, span[0]) + replacement + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] duplicateKey(String text, Random random) {
        int brace = text.indexOf('{', random.nextInt(Math.max(1, text.length())));
        if (brace < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        Matcher key = KEY.matcher(text);
        String name = key.find(brace) ? key.group(1) : "id";
        return (text.substring(0, brace + 1) + "\"" + name + "\": 1, " + text.substring(brace + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytesChanged(byte[] original, Random random) {
        int at = random.nextInt(original.length + 1);
        int length = 1 + random.nextInt(20);
        int end = Math.min(original.length, at + length);
        byte value = random.nextBoolean() ? BYTES[random.nextInt(BYTES.length)] : (byte) random.nextInt(256);
        byte[] head = Arrays.copyOfRange(original, 0, at);
        byte[] tail = Arrays.copyOfRange(original, end, original.length);
        byte[] run = new byte[length];
        Arrays.fill(run, value);
        return switch (random.nextInt(4)) {
            case 0 -> concat(head, tail); // cut
            case 1 -> concat(concat(head, run), tail); // overwrite
            case 2 -> concat(concat(head, run), Arrays.copyOfRange(original, at, original.length)); // insert
            default -> head; // truncate
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
