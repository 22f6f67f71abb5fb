package org.treatysim.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request the server refuses: its HTTP status, a message for the student, and any details (as JSON fields). */
public final class ApiException extends RuntimeException {
    private final int status;
    private final Map<String, Object> details;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.details = new LinkedHashMap<>(details);
    }

    public int status() { return status; }

    /** The JSON body: {@code {"error": message, ...details}}. */
    public Map<String, Object> body() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", getMessage());
        m.putAll(details);
        return m;
    }
}
