package org.treatysim.io;

import java.util.regex.Pattern;

/** Text made safe for HTML and XML (report pages, SVG, Swing's HTML labels). */
public final class Html {
    private static final Pattern XML_INVALID = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private Html() {}

    /** Escapes text for element content and attribute values (XML and HTML alike); drops characters XML forbids; null is "". */
    public static String escape(String s) {
        if (s == null) return "";
        String t = XML_INVALID.matcher(s).replaceAll("");
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
