package io.meridian.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a user's CSV file (region catalogue, prices, corridors, measured RTTs) as every reader takes them:
 * numbered from 1, a byte-order mark dropped from the first (spreadsheet tools save "CSV UTF-8" with one), blank
 * lines skipped, '#' comments handed to {@code comment} (when not null) and skipped, the first other line the
 * header, the rest rows. A file that cannot be read, or has no header, is one {@link CatalogException}.
 */
public final class CsvLines {
    /** One line: its number in the file and its text, stripped. */
    public interface Handler {
        void line(int number, String text);
    }

    private CsvLines() {
    }

    /** @param expectedHeader the header as the "no header line" error shows it */
    public static void read(Reader reader, String source, String expectedHeader, Handler comment, Handler header,
                            Handler row) {
        boolean headerSeen = false;
        int number = 0;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.startsWith("#")) {
                    if (comment != null) {
                        comment.line(number, text);
                    }
                } else if (!headerSeen) {
                    header.line(number, text);
                    headerSeen = true;
                } else {
                    row.line(number, text);
                }
            }
        } catch (IOException e) {
            throw CatalogException.file(source, "cannot read: " + e.getMessage(), e);
        }
        if (!headerSeen) {
            throw CatalogException.file(source, "no header line; expected " + expectedHeader, null);
        }
    }
}
