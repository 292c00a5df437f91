package io.meridian.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MeridianCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * A run that looks for the user's files (MERIDIAN_* variables, ~/.meridian) in {@code env} and {@code home}
     * instead of this process's.
     */
    static CliRun in(java.util.Map<String, String> env, java.nio.file.Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MeridianCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), new UserFolder(env, home),
                args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Non-empty stderr lines. */
    java.util.List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
