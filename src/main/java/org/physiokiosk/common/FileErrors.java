package org.physiokiosk.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file operation's failure in words for the person who can fix it: "permission denied", "the disk is full",
 * not "java.nio.file.AccessDeniedException: /srv/x/.tmp123". The caller names the file; this says what is wrong.
 */
public final class FileErrors {

    private FileErrors() {}

    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way where a folder should be";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return "the disk is full";
        }
        if (reason.contains("Not a directory")) {
            return "a file is in the way where a folder should be";
        }
        if (reason.contains("Read-only file system")) {
            return "the disk is read-only";
        }
        return reason;
    }
}
