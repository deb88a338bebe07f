package org.physiokiosk.kiosk;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The therapists' PIN as the settings file keeps it: PBKDF2-HMAC-SHA256 with a random salt, written as
 * {@code pbkdf2-sha256$600000$<salt base64>$<hash base64>}. 600,000 iterations is OWASP's 2023 advice for
 * this function; a PIN has few digits, so the cost per guess is what protects it if the file leaks.
 * The caller owns the {@code char[]} and should clear it after use.
 */
public final class PinHash {

    public static final int ITERATIONS = 600_000;
    static final String ALGORITHM = "pbkdf2-sha256";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** A stored count above this is refused: a hand-edited file must not make a PIN check run for minutes. */
    static final int MAX_ITERATIONS = 10_000_000;

    private static final Pattern FORMAT =
            Pattern.compile("pbkdf2-sha256\\$(\\d{1,9})\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)");

    private final int iterations;
    private final SecureRandom random;

    public PinHash() {
        this(ITERATIONS, new SecureRandom());
    }

    /** Tests use a low count to stay fast; the stored string carries its count, so checks still agree. */
    PinHash(int iterations, SecureRandom random) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations " + iterations + " is outside 1–" + MAX_ITERATIONS);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** A new stored string for {@code pin}, with a fresh salt: the same PIN twice gives two different strings. */
    public String hash(char[] pin) {
        if (pin.length == 0) {
            throw new IllegalArgumentException("a PIN cannot be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /**
     * True when {@code pin} is the one {@code stored} was made from; compared in constant time. A stored
     * string that is not of this form is an IllegalArgumentException, never a match or a quiet mismatch.
     */
    public boolean matches(char[] pin, String stored) {
        Stored parsed = parse(stored);
        if (pin.length == 0) {
            return false;
        }
        byte[] candidate = derive(pin, parsed.salt(), parsed.iterations(), parsed.hash().length);
        return MessageDigest.isEqual(candidate, parsed.hash());
    }

    /** True for a stored string made with fewer iterations than this hasher uses: hash again at the next good PIN. */
    public boolean needsRehash(String stored) {
        return parse(stored).iterations() < iterations;
    }

    /** Whether a settings value can be used at all; for a check at start-up, with a message there. */
    public static boolean isWellFormed(String stored) {
        try {
            parse(stored);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private record Stored(int iterations, byte[] salt, byte[] hash) {}

    private static Stored parse(String stored) {
        Matcher m = FORMAT.matcher(stored == null ? "" : stored.strip());
        if (!m.matches()) {
            throw malformed("it is not of the form " + ALGORITHM + "$<iterations>$<salt>$<hash>");
        }
        int iterations = Integer.parseInt(m.group(1));
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw malformed("the iteration count " + iterations + " is outside 1–" + MAX_ITERATIONS);
        }
        byte[] salt = decode(m.group(2));
        byte[] hash = decode(m.group(3));
        if (salt.length < SALT_BYTES || hash.length != HASH_BYTES) {
            throw malformed("the salt must have at least " + SALT_BYTES + " bytes and the hash " + HASH_BYTES);
        }
        return new Stored(iterations, salt, hash);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw malformed("it is not valid base64");
        }
    }

    private static IllegalArgumentException malformed(String why) {
        // Says what is wrong with the string, never the string itself: it is a secret's hash.
        return new IllegalArgumentException("the stored PIN hash cannot be used: " + why);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
