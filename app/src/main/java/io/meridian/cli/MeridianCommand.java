package io.meridian.cli;

import java.io.PrintWriter;
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
                TemplatesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:an objective failed (check)", "2:bad input (one line per problem on stderr)"})
public final class MeridianCommand implements Runnable {
    public static final int OK = 0;
    public static final int OBJECTIVES_FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (latency, evaluate, check, export, templates)");
    }

    /** Runs the CLI and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI writing to the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MeridianCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new CliErrors());
        cli.setParameterExceptionHandler((ex, ignored) -> {
            err.println("meridian: " + ex.getMessage());
            err.println("Try 'meridian " + commandPath(ex.getCommandLine()) + "--help' for usage.");
            return BAD_INPUT;
        });
        return cli.execute(args);
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
