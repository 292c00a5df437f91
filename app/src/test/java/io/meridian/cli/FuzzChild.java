package io.meridian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The small-heap JVM {@link CliFuzzTest} starts: runs the CLI in process on every {@code case-NNNN.json} of a folder,
 * each with a timeout, and writes one JSON line per case (exit code and stderr, or what went wrong) as it goes,
 * so a case that kills the JVM is the one after the last line.
 * Arguments: the folder, the results file, the timeout in seconds.
 */
final class FuzzChild {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FuzzChild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[0]);
        Path results = Path.of(args[1]);
        int timeoutSeconds = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().matches("case-\\d+\\.json")).sorted().toList();
        }
        ExecutorService executor = newExecutor();
        try (BufferedWriter out = Files.newBufferedWriter(results)) {
            for (Path file : files) {
                int index = Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
                String[] cliArgs = CliFuzzTest.argsFor(index, file.toString());
                Future<CliRun> run = executor.submit(() -> CliFuzzTest.run(cliArgs));
                ObjectNode line = JSON.createObjectNode().put("case", index);
                try {
                    CliRun r = run.get(timeoutSeconds, TimeUnit.SECONDS);
                    line.put("exit", r.exitCode()).put("err", r.err())
                            .put("nonFinite", CliFuzzTest.NOT_A_NUMBER.matcher(r.out()).find());
                } catch (TimeoutException e) {
                    run.cancel(true);
                    executor.shutdownNow();
                    executor = newExecutor(); // the stuck thread is a daemon, left behind
                    line.put("problem", "no answer within " + timeoutSeconds + " s");
                } catch (ExecutionException e) {
                    line.put("problem", "threw " + e.getCause());
                }
                out.write(JSON.writeValueAsString(line));
                out.newLine();
                out.flush();
            }
        }
        System.exit(0); // a stuck case's thread must not keep the JVM alive
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }
}
