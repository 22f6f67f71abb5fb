package org.treatysim.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV writer (Jackson CSV, RFC 4180 quoting) for rows under a fixed header, with '\n' line ends on every
 * platform. Doubles are written with {@link Decimals#format(double)}.
 */
public final class CsvTable implements AutoCloseable {
    private static final CsvMapper MAPPER = new CsvMapper();
    /** Quotes a cell only where RFC 4180 requires it (separator, quote, line break): the sweep files' blocks. */
    private static final CsvMapper STRICT = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema NO_HEADER = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
    private final SequenceWriter rows;
    private final int width;

    public CsvTable(Writer out, List<String> header) {
        this.width = header.size();
        try {
            this.rows = MAPPER.writerFor(String[].class)
                    .with(NO_HEADER)
                    .writeValues(out);
            rows.write(header.toArray(new String[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvTable create(Path file, List<String> header) {
        try {
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            return new CsvTable(w, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows as UTF-8 bytes, quoting a cell only where it must be (strict quoting), '\n' line ends: a block to append to
     * a file whose length and checksum are journalled (the sweep's points.csv and results.csv).
     */
    public static byte[] strictBytes(List<String[]> rows) {
        StringWriter sw = new StringWriter();
        try (SequenceWriter w = STRICT.writerFor(String[].class).with(NO_HEADER).writeValues(sw)) {
            for (String[] r : rows) w.write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString().getBytes(StandardCharsets.UTF_8);
    }

    public void row(Object... cells) {
        if (cells.length != width) throw new IllegalArgumentException("row has " + cells.length + " cells, header " + width);
        String[] s = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            s[i] = c == null ? "" : (c instanceof Double d ? Decimals.format(d) : c.toString());
        }
        try {
            rows.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
