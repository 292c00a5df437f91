package io.meridian.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table; columns whose cells look numeric are right-aligned (a trailing {@code *}, the mark of a
 * measured RTT, or the space that stands for it, keeps a cell numeric).
 */
final class TextTable {
    /** A cell that reads as a number (right-aligned), compiled once: a large report has a million cells. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[-+]?[\\d,.]+\\s*\\S{0,6}[* ]?|—|");

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] r = new String[columns];
        for (int i = 0; i < columns; i++) {
            r[i] = String.valueOf(cells[i]);
        }
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], rows.get(i)[c].length());
                if (i > 0 && !NUMBER.matcher(rows.get(i)[c]).matches()) {
                    numeric[c] = false;
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(i)[c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(numeric[c] && i > 0 ? pad + cell : cell + pad);
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
            if (i == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    rule.append("-".repeat(width[c])).append(c < columns - 1 ? "  " : "");
                }
                out.println(rule);
            }
        }
    }
}
