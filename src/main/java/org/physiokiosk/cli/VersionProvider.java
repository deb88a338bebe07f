package org.physiokiosk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; "development" when run from the build folder. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"PhysioKiosk " + (version == null ? "development" : version)};
    }
}
