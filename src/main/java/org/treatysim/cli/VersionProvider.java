package org.treatysim.cli;

import org.treatysim.output.Manifest;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
        return new String[] {"treatysim " + Manifest.version(), "MASON 18, Java " + System.getProperty("java.version")};
    }
}
