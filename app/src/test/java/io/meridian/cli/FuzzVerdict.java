package io.meridian.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a run of the CLI on a generated file must look like: accepted (exit 0 or 1), or refused with exit 2 and
 * every stderr line {@code <file>: $<path>: <problem>} or {@code <file>:<line>:<col>: <problem>}, one per
 * problem, never an internal error or a stack trace.
 */
final class FuzzVerdict {
    /** Whole-file problems that have no JSON path to name. */
    private static final List<String> WHOLE_FILE = List.of("file is too large", "not a regular file", "empty file",
            "more problems not shown");

    private FuzzVerdict() {
    }

    /** Null when the run is acceptable, else what is wrong with it. */
    static String problem(String file, int exitCode, String err) {
        if (exitCode == MeridianCommand.OK || exitCode == MeridianCommand.OBJECTIVES_FAILED) {
            if (err.contains("internal error") || err.contains("Exception")) {
                return "accepted but stderr says: " + err;
            }
            return null;
        }
        if (exitCode != MeridianCommand.BAD_INPUT) {
            return "exit " + exitCode;
        }
        List<String> lines = err.lines().toList();
        if (lines.isEmpty()) {
            return "exit 2 with nothing on stderr";
        }
        Pattern located = Pattern.compile(Pattern.quote(file) + "(: \\$.*: |:\\d+:\\d+: )\\S.*");
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            if (line.contains("internal error") || line.contains("Exception") || line.contains("\tat ")
                    || line.contains("at io.")) {
                return "internal error or stack trace: " + line;
            }
            boolean whole = WHOLE_FILE.stream().anyMatch(w -> line.startsWith(file + ": ") && line.contains(w));
            if (!whole && !located.matcher(line).matches()) {
                return "line without file and path: " + line;
            }
            if (!seen.add(line)) {
                return "the same problem twice: " + line;
            }
        }
        return null;
    }
}
