package org.treatysim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A CSV input file read whole, within a size bound, as UTF-8 text: a missing file, a directory, a file over the bound,
 * bytes that are not UTF-8 and a read failure each get one clear error, with the hint the caller gives for its kind of
 * table. Used by the stand-alone bargaining models' actors table and by posterior samples.
 *
 * @param bytes the file's bytes (for a checksum)
 * @param text  the same, decoded
 */
public record CsvInput(byte[] bytes, String text) {
    /**
     * What to tell the user, for one kind of table.
     *
     * @param name        what the table is, for "the ... is larger than" ("table", "sample")
     * @param whichFile   the hint for a missing file or a directory: which file to give
     * @param missingHint the hint for a missing file (often {@code whichFile} with more detail)
     * @param tooLarge    the hint for a file over the bound
     */
    public record Hints(String name, String whichFile, String missingHint, String tooLarge) {}

    public static CsvInput read(Path file, long maxBytes, Hints h) {
        byte[] bytes;
        try {
            if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
            if (!Files.isRegularFile(file)) throw new ScenarioException(file, "is not a regular file", h.whichFile());
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, "file not found", h.missingHint());
        } catch (IOException e) {
            throw new ScenarioException(file, "cannot read the file: " + e.getMessage(), "check the path and its permissions");
        }
        if (bytes.length > maxBytes) throw new ScenarioException(file, "the " + h.name() + " is larger than " + maxBytes + " bytes", h.tooLarge());
        try {
            return new CsvInput(bytes, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file, "the file is not UTF-8 text", "save the " + h.name() + " as UTF-8 CSV");
        }
    }
}
