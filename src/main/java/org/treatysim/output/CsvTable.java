package org.treatysim.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV writer (Jackson CSV, RFC 4180 quoting) for rows under a fixed header, with '\n' line ends on every
 * platform. Doubles are written with {@link Num#fmt(double)}.
 */
public final class CsvTable implements AutoCloseable {
    private static final CsvMapper MAPPER = new CsvMapper();
    private final SequenceWriter rows;
    private final int width;

    public CsvTable(Writer out, List<String> header) {
        this.width = header.size();
        try {
            this.rows = MAPPER.writerFor(String[].class)
                    .with(CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n"))
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

    public void row(Object... cells) {
        if (cells.length != width) throw new IllegalArgumentException("row has " + cells.length + " cells, header " + width);
        String[] s = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            s[i] = c == null ? "" : (c instanceof Double d ? Num.fmt(d) : c.toString());
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
