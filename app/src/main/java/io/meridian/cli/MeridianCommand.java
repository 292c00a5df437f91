package io.meridian.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: the same engine as the app, headless. Exit codes: 0 ok, 1 objectives failed
 * ({@code check}), 2 bad input (one line per problem on stderr, never a stack trace).
 */
@Command(name = "meridian", mixinStandardHelpOptions = true, versionProvider = MeridianCommand.Version.class,
        description = "Plan multi-region architectures: latency, availability, recovery, capacity and cost.%n"
                + "Run without arguments to open the desktop app.",
        subcommands = {LatencyCommand.class, EvaluateCommand.class, CheckCommand.class, ExportCommand.class,
                OptimizeCommand.class, ImportCommand.class, DiffCommand.class,
                TemplatesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:an objective failed (check)", "2:bad input (one line per problem on stderr)",
                "3:could not finish: an output could not be written (disk full, permissions) or memory ran out",
                "4:internal error: a defect in Meridian (please report it with the input)"})
public final class MeridianCommand implements Runnable {
    public static final int OK = 0;
    public static final int OBJECTIVES_FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** The input was fine but Meridian could not finish: an output could not be written, or memory ran out. */
    public static final int CANNOT_FINISH = 3;
    /** A defect in Meridian (an engine refused what validation accepted, an unexpected exception). */
    public static final int INTERNAL_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final UserFolder user;

    MeridianCommand(UserFolder user) {
        this.user = user;
    }

    /** Where the user's own files are (catalogue, prices, corridors, measured RTTs). */
    UserFolder user() {
        return user;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (latency, evaluate, check, export, templates, import)");
    }

    /**
     * Runs the CLI on the process's standard streams and returns its exit code. Output is UTF-8 whatever the
     * locale says: with no {@code LANG} (common in CI containers) Java would otherwise print every non-ASCII
     * character, JSON included, as {@code ?}.
     */
    public static int run(String... args) {
        // Standard output as the file descriptor itself: System.out swallows write errors (a full disk, a closed
        // pipe), and a report cut short must not exit 0.
        return run(utf8(new FileOutputStream(FileDescriptor.out)), utf8(System.err), args);
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Runs the CLI writing to the given streams (tests capture them). Control characters from the design are
     * escaped on the way out ({@link TerminalSafeWriter}).
     */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        return run(rawOut, rawErr, UserFolder.ofProcess(), args);
    }

    /** The same with the user's files looked up in {@code user} instead of this process's environment and home. */
    static int run(PrintWriter rawOut, PrintWriter rawErr, UserFolder user, String... args) {
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
        try {
            int code = run(new CommandLine(new MeridianCommand(user)), out, err, args);
            // PrintWriter keeps write errors to itself; checkError flushes and tells whether the output is whole.
            if (out.checkError() || rawOut.checkError()) {
                err.println("meridian: the output could not be written in full (standard output: disk full, or "
                        + "closed); what was written is incomplete");
                return CANNOT_FINISH;
            }
            return code;
        } catch (OutOfMemoryError e) {
            // The work that filled the heap is gone once we are here, so there is room to say so in one line.
            err.println("meridian: out of memory (Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give Java more with MERIDIAN_JAVA_OPTS=-Xmx4g, or evaluate a smaller design");
            return CANNOT_FINISH;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        cli.setOut(out);
        cli.setErr(err);
        // Plain help: picocli's colours are escape sequences, which the safe writer would print as text.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.registerConverter(Path.class, MeridianCommand::path);
        // Places such as -33.87,151.21 start with '-': the latency command takes what is not one of its options as
        // a place (a typo of an option then reads as an unknown place, which says so).
        cli.getSubcommands().get("latency").setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionExceptionHandler(new CliErrors());
        cli.setParameterExceptionHandler((ex, ignored) -> {
            err.println("meridian: " + ex.getMessage());
            err.println("Try 'meridian " + commandPath(ex.getCommandLine()) + "--help' for usage.");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /** A file argument; one that the locale's charset cannot carry is explained, not a Java exception. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' cannot be used as a file name here: the "
                    + "system's character set (" + System.getProperty("sun.jnu.encoding") + ") cannot represent it; "
                    + "run with a UTF-8 locale (e.g. LC_ALL=C.UTF-8), as the meridian launcher does");
        }
    }

    private static String commandPath(CommandLine cl) {
        String path = cl.getCommandSpec().qualifiedName(" ");
        String rest = path.startsWith("meridian") ? path.substring("meridian".length()).strip() : path;
        return rest.isEmpty() ? "" : rest + " ";
    }

    /** Version from the jar manifest when packaged, else "dev". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MeridianCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Meridian " + (v == null ? "dev" : v) + ", file format meridian/1"};
        }
    }
}
