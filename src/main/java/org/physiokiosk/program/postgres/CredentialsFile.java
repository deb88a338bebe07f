package org.physiokiosk.program.postgres;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.physiokiosk.common.FileErrors;
import org.physiokiosk.program.ProgramStoreException;

/**
 * The {@code user=} and {@code password=} lines of a database credentials file, read as written: a backslash is a
 * plain character (java.util.Properties took it as an escape, so a generated password such as {@code ab\c9} became
 * {@code abc9} and the database said only "password authentication failed"), a UTF-8 byte order mark from Notepad
 * is dropped, and a file that is not UTF-8 is refused by name rather than read with a wrong password.
 */
final class CredentialsFile {

    /** Far above any credentials file; a bigger file is the wrong file. */
    private static final long MAX_BYTES = 64 * 1024;

    private CredentialsFile() {}

    static Map<String, String> read(Path file) throws ProgramStoreException {
        if (Files.isDirectory(file)) {
            throw new ProgramStoreException("credentials file " + file + " is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ProgramStoreException("credentials file " + file + " does not exist");
        }
        checkOwnerOnly(file);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProgramStoreException("credentials file " + file + " is larger than any credentials file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProgramStoreException(
                    "credentials file " + file + " could not be read: " + FileErrors.describe(e), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProgramStoreException("credentials file " + file + " is not saved as UTF-8; save it as UTF-8");
        }
        Map<String, String> values = new HashMap<>();
        for (String line : text.replace("\uFEFF", "").split("\r\n|\r|\n")) {
            String trimmed = line.stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            int colon = trimmed.indexOf(':');
            int separator = equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
            if (separator > 0) {
                values.put(
                        trimmed.substring(0, separator).strip(),
                        trimmed.substring(separator + 1).stripLeading());
            }
        }
        return values;
    }

    private static void checkOwnerOnly(Path file) throws ProgramStoreException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                throw new ProgramStoreException("credentials file " + file
                        + " can be read by other users; allow only its owner: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new ProgramStoreException("credentials file " + file + ": " + FileErrors.describe(e), e);
        }
    }
}
