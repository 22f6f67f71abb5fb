package org.treatysim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reading a CSV input (Jackson CSV) row by row, each row with its line, so that the reader's checks can say where;
 * a file that is not CSV is refused with its line:column ("not valid CSV: ..."). Empty lines are skipped.
 */
public final class CsvRows {
    private CsvRows() {}

    /** What to do with each row (the header included); it may refuse the file by throwing a {@link ScenarioException}. */
    @FunctionalInterface
    public interface RowReader {
        void row(long line, String[] cells);
    }

    /**
     * Reads CSV text row by row.
     *
     * @param file       the file the text came from, for messages
     * @param trimSpaces whether cells lose their surrounding spaces
     * @param hint       what to do when the text is not CSV
     * @param reader     receives each row with the line the parser stood on when it began the row
     */
    public static void read(Path file, String text, boolean trimSpaces, String hint, RowReader reader) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        if (trimSpaces) mapper.enable(CsvParser.Feature.TRIM_SPACES);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
            while (it.hasNext()) {
                long line = it.getCurrentLocation().getLineNr();
                reader.row(line, it.next());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ScenarioException se) throw se;
            Throwable c = e instanceof JsonProcessingException ? e : e.getCause();
            if (c instanceof JsonProcessingException jpe) {
                JsonLocation at = jpe.getLocation();
                String what = jpe.getOriginalMessage() == null ? "malformed CSV" : jpe.getOriginalMessage().lines().findFirst().orElse("malformed CSV");
                throw new ScenarioException(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                        "not valid CSV: " + what.replaceAll("\\s*\\(code \\d+\\)", ""), hint);
            }
            throw new ScenarioException(file, "not valid CSV", hint);
        }
    }
}
