package io.meridian.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints passes through here, so text from a design file (names, ids, descriptions)
 * cannot drive the terminal: a name holding {@code ESC [2J} would clear the screen, a carriage return could
 * overwrite an error line, and a right-to-left override could make one line read as another. Such characters
 * are printed as {@code \}{@code uXXXX}, which inside a JSON string is the same character again, so JSON output
 * keeps its meaning while the terminal sees only printable text.
 *
 * <p>Escaped: C0 controls except newline and tab, DEL, C1 controls (U+0080–U+009F, which include the one-byte
 * CSI), the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), the line and paragraph
 * separators (U+2028, U+2029), and lone surrogates. A carriage return is kept only where the platform's line
 * separator is CRLF and a line feed follows it.
 */
final class TerminalSafeWriter extends FilterWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final boolean crlf = System.lineSeparator().equals("\r\n");
    /** A carriage return held back until we know whether a line feed follows. */
    private boolean pendingCr;
    /** A high surrogate held back until we know whether a low one follows. */
    private char pendingHigh;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }

    private static void appendEscape(StringBuilder sb, char c) {
        sb.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(HEX[(c >> shift) & 0xF]);
        }
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            put((char) c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        synchronized (lock) {
            int end = off + len;
            int i = off;
            while (i < end) {
                // A run of plain characters goes out in one write (a 1,000-region report is 13 MB of text).
                int start = i;
                while (i < end && !pendingCr && pendingHigh == 0 && plain(buf[i])) {
                    i++;
                }
                if (i > start) {
                    out.write(buf, start, i - start);
                }
                if (i < end) {
                    put(buf[i++]);
                }
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        synchronized (lock) {
            int end = off + len;
            int i = off;
            while (i < end) {
                int start = i;
                while (i < end && !pendingCr && pendingHigh == 0 && plain(s.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    out.write(s, start, i - start);
                }
                if (i < end) {
                    put(s.charAt(i++));
                }
            }
        }
    }

    /** Printed as it is, whatever comes next: not escaped, not a CR or a surrogate that waits for its pair. */
    private static boolean plain(char c) {
        return !unsafe(c) && c != '\r' && !Character.isSurrogate(c);
    }

    private void put(char c) throws IOException {
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n' && crlf) {
                out.write('\r');
            } else {
                escaped('\r');
            }
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                out.write(high);
                out.write(c);
                return;
            }
            escaped(high);
        }
        if (c == '\r') {
            pendingCr = true;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (unsafe(c) || Character.isLowSurrogate(c)) {
            escaped(c);
        } else {
            out.write(c);
        }
    }

    private void escaped(char c) throws IOException {
        StringBuilder sb = new StringBuilder(6);
        appendEscape(sb, c);
        out.write(sb.toString());
    }

    /** Whatever is still held back goes out escaped: the text ended in a lone CR or high surrogate. */
    private void release() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            escaped('\r');
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            escaped(high);
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            // A flush may split a CRLF (println flushes after the separator, so not in practice); holding a CR
            // across a flush would delay nothing visible, so keep it pending rather than escape a real CRLF.
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            release();
            out.close();
        }
    }
}
