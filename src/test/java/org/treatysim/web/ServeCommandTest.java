package org.treatysim.web;

import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `serve`'s options: bad settings exit 2 with one clear message before anything listens; the token rule; the links. */
class ServeCommandTest {
    private static void refused(String expected, String... args) {
        TestSupport.CliResult r = TestSupport.cli(args);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test void badSettingsAreRefused() {
        refused("--port must be between 0 and 65535, got 70000", "serve", "--port", "70000");
        refused("--default-replications must be between 1 and --max-replications (100), got 200", "serve", "--max-replications", "100");
        refused("--workers must be between 1 and 64, got 0", "serve", "--workers", "0");
        refused("--token must be 8 to 128 letters", "serve", "--token", "short");
        refused("is not a directory", "serve", "--scenarios", "no-such-folder", "--port", "0");
        refused("Lower --workers, --max-replications or --cache-mb", "serve", "--workers", "64", "--max-replications", "100000",
                "--default-replications", "10", "--port", "0");
    }

    @Test void aPortInUseIsTheUsersToChange() throws java.io.IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            refused("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "serve", "--port", Integer.toString(taken.getLocalPort()), "--workers", "1");
            refused("choose another --port", "serve", "--port", Integer.toString(taken.getLocalPort()), "--workers", "1");
        }
        refused("cannot listen on 203.0.113.7:", "serve", "--host", "203.0.113.7", "--port", "0", "--workers", "1"); // an address of no interface here
    }

    @Test void aNetworkAddressNeedsATokenAndLoopbackDoesNot() {
        assertTrue(ServeSettings.isLoopback("127.0.0.1"));
        assertTrue(ServeSettings.isLoopback("localhost"));
        assertTrue(ServeSettings.isLoopback("::1"));
        assertFalse(ServeSettings.isLoopback("0.0.0.0"));
        assertFalse(ServeSettings.isLoopback("no-such-host.invalid"));
        assertEquals(List.of("http://127.0.0.1:8080/"), org.treatysim.cli.ServeCommand.links("127.0.0.1", 8080, null));
        assertEquals(List.of("http://127.0.0.1:9/?token=abcdefgh"), org.treatysim.cli.ServeCommand.links("127.0.0.1", 9, "abcdefgh"));
        List<String> all = org.treatysim.cli.ServeCommand.links("0.0.0.0", 8080, "abcdefgh");
        assertFalse(all.isEmpty());
        for (String l : all) {
            assertTrue(l.matches("http://[^/]+:8080/\\?token=abcdefgh"), l);
            assertFalse(l.contains("0.0.0.0") || l.contains("127.0.0.1"), "links a student can open: " + l);
        }
        String t = ClassToken.generate();
        assertEquals(22, t.length());
        assertTrue(ClassToken.matches(t, t));
        assertFalse(ClassToken.matches(t, t + "x"));
        assertFalse(ClassToken.matches(t, null));
        assertFalse(ClassToken.matches(null, t));
    }

    @Test void theReplicationCapShrinksForLongerSpans() {
        ServeSettings s = WebTestSupport.settings(1, 1, 1, null);
        assertEquals(1000, s.maxReplicationsFor(840));
        assertEquals(1000, s.maxReplicationsFor(120));
        assertEquals(500, s.maxReplicationsFor(1680));
        assertThrows(IllegalArgumentException.class, () -> new ServeSettings("127.0.0.1", 0, Path.of("scenarios"), 1, 1, 1, 10, 20, 1, 4096, 1 << 20, null));
    }
}
