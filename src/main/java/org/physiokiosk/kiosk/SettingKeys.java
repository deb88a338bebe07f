package org.physiokiosk.kiosk;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The known setting a misspelt key most likely meant ("idleSecond", "IdleSeconds", "clinicname"), so the warning
 * says which line to correct instead of listing every key. Two edits at most, case ignored.
 */
final class SettingKeys {

    private static final int MAX_EDITS = 2;

    private SettingKeys() {}

    static Optional<String> nearest(String key, Set<String> known) {
        String typed = key.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(typed, k.toLowerCase(Locale.ROOT)) <= MAX_EDITS)
                .min(Comparator.comparingInt((String k) -> distance(typed, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
