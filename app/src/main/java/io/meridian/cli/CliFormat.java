package io.meridian.cli;

import java.util.Locale;

/** Number formats for people: thousands separators, fixed decimals. */
final class CliFormat {
    private CliFormat() {
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
