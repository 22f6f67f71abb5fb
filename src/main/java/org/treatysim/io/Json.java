package org.treatysim.io;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mappers of results, one set for the whole program: {@link #MAPPER} writes and reads the result files
 * (indented, '\n' line ends, map and record order kept), {@link #COMPACT} the web's responses and page data, and
 * {@link #READER} reads results back as they were written (NaN included). Requests from the network are read by the
 * web's own hardened parser, scenario and sweep files by {@link YamlDocument}.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    /** One line, no indentation: the web's JSON. */
    public static final ObjectMapper COMPACT = new ObjectMapper();
    /** Reads result files as written, NaN and infinities included. */
    public static final ObjectMapper READER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private Json() {}
}
