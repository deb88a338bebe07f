package org.physiokiosk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every file or folder option of every command. An empty value ({@code --content=}, a script's unset variable)
 * is a usage error here: as a path it means the working folder, so {@code validate --content=} once read the
 * whole working folder as clinic content, and {@code --out ""} was first explained as the root folder.
 */
final class PathArgument implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty name; give a file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' cannot be a file name here (" + e.getReason() + ")");
        }
    }
}
