package org.treatysim.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The class token: a random secret that a server bound to a non-loopback address asks of every request. */
public final class ClassToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClassToken() {}

    /** A fresh token: 128 random bits, URL-safe base64 (22 characters). */
    public static String generate() {
        return random(16);
    }

    /** {@code bytes} random bytes as URL-safe base64 without padding. */
    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Compares in time independent of where the strings differ; null never matches. */
    public static boolean matches(String expected, String candidate) {
        if (expected == null || candidate == null) return false;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
