package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line with {@link DesignMutator}'s hostile files: every case is accepted (exit 0
 * or 1), or refused with exit 2 and one located line per problem ({@link FuzzVerdict}); none hangs past
 * {@link #TIMEOUT_SECONDS}, throws, or runs out of a {@link #HEAP} heap.
 * <p>
 * The cases run in one child JVM ({@link FuzzChild}) through {@link MeridianCommand#run} in process there: the
 * small heap makes the memory budget part of every case (an OutOfMemoryError is a failure of that case, not of
 * the build's JVM), and a hung case cannot leave a stuck thread in the test JVM. {@code mvn verify} runs
 * {@link #QUICK_CASES}; {@code -Dmeridian.fuzz=full} runs {@link #FULL_CASES}.
 */
class CliFuzzTest {
    static final long SEED = 20261206L;
    static final int QUICK_CASES = 300;
    static final int FULL_CASES = 3000;
    static final int TIMEOUT_SECONDS = 20;
    /** The memory budget of a run: a 256 MB heap holds any design this format accepts from a 20 MB file. */
    static final String HEAP = "-Xmx256m";
    /** A NaN or an infinity as a JSON value, quoted or not: reported, not asserted (it is the encoding's business). */
    static final Pattern NOT_A_NUMBER = Pattern.compile("[:\\[,]\\s*\"?(NaN|-?Infinity)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static int caseCount() {
        return "full".equals(System.getProperty("meridian.fuzz")) ? FULL_CASES : QUICK_CASES;
    }

    /** Three cases in four run {@code evaluate --json}, the fourth {@code check --all}. */
    static String[] argsFor(int index, String file) {
        return index % 4 == 3 ? new String[] {"check", file, "--all"} : new String[] {"evaluate", file, "--json"};
    }

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MeridianCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void everyGeneratedFileIsAcceptedOrRefusedWithLocatedLinesWithinTimeAndHeap() throws Exception {
        List<DesignMutator.Case> cases = new DesignMutator(SEED).cases(caseCount());
        Path caseDir = Files.createDirectory(dir.resolve("cases"));
        for (int i = 0; i < cases.size(); i++) {
            Files.write(caseDir.resolve(String.format("case-%04d.json", i)), cases.get(i).bytes());
        }
        long start = System.nanoTime();
        Map<Integer, JsonNode> results = runChild(caseDir, dir.resolve("results.jsonl"), dir.resolve("child.log"));
        double seconds = (System.nanoTime() - start) / 1e9;

        List<String> failures = new ArrayList<>();
        List<String> nonFinite = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < cases.size(); i++) {
            String file = caseDir.resolve(String.format("case-%04d.json", i)).toString();
            String what = cases.get(i).name() + " (" + String.join(" ", argsFor(i, file)) + "): ";
            JsonNode r = results.get(i);
            if (r == null) {
                failures.add(what + "no result: the child JVM died on it or before it; see its log");
                continue;
            }
            if (r.has("problem")) {
                failures.add(what + r.get("problem").asText());
                continue;
            }
            int exit = r.get("exit").asInt();
            String problem = FuzzVerdict.problem(file, exit, r.get("err").asText());
            if (problem != null) {
                failures.add(what + problem);
            }
            accepted += exit == MeridianCommand.BAD_INPUT ? 0 : 1;
            if (r.get("nonFinite").asBoolean()) {
                nonFinite.add(cases.get(i).name());
            }
        }
        System.out.printf("CliFuzzTest: %d cases, %d accepted (%.0f%%), %d refused, %d with NaN/Infinity in the "
                        + "output, %.1f s in a %s JVM%n", cases.size(), accepted, 100.0 * accepted / cases.size(),
                cases.size() - accepted, nonFinite.size(), seconds, HEAP);
        Files.write(Path.of("target", "fuzz-failures.txt"), failures);
        assertThat(failures).as("cases that failed (also in target/fuzz-failures.txt); child log:%n%s",
                tail(dir.resolve("child.log"))).isEmpty();
    }

    /** Runs {@link FuzzChild} on the folder in a JVM with {@link #HEAP}; its results by case number. */
    private static Map<Integer, JsonNode> runChild(Path caseDir, Path results, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, HEAP, "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), FuzzChild.class.getName(),
                caseDir.toString(), results.toString(), Integer.toString(TIMEOUT_SECONDS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Every case may use its whole timeout only if it hangs; a healthy run takes a few seconds per hundred.
        long limit = 120L + caseCount() / 2;
        if (!child.waitFor(limit, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        Map<Integer, JsonNode> byCase = new HashMap<>();
        if (Files.exists(results)) {
            for (String line : Files.readAllLines(results)) {
                JsonNode r = JSON.readTree(line);
                byCase.put(r.get("case").asInt(), r);
            }
        }
        return byCase;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    @Test
    void theGeneratorIsSeeded() {
        List<DesignMutator.Case> a = new DesignMutator(SEED).cases(20);
        List<DesignMutator.Case> b = new DesignMutator(SEED).cases(20);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).name()).isEqualTo(b.get(i).name());
            assertThat(a.get(i).bytes()).isEqualTo(b.get(i).bytes());
        }
    }

    @Test
    void theVerdictRefusesUnlocatedLinesStackTracesAndRepeats() {
        String file = "/tmp/d.json";
        assertThat(FuzzVerdict.problem(file, 2, file + ": $.components[0].instances: too many\n")).isNull();
        assertThat(FuzzVerdict.problem(file, 2, file + ":3:14: malformed JSON: x\n")).isNull();
        assertThat(FuzzVerdict.problem(file, 2, file + ": $.layout.positions[\"a b:c\"].x: not finite\n")).isNull();
        assertThat(FuzzVerdict.problem(file, 0, "")).isNull();
        assertThat(FuzzVerdict.problem(file, 2, "capacityRps: must be finite, got Infinity\n"))
                .startsWith("line without file and path");
        assertThat(FuzzVerdict.problem(file, 2, "variants: duplicate id 'baseline'\n"))
                .startsWith("line without file and path");
        assertThat(FuzzVerdict.problem(file, 2, "internal error: java.lang.NegativeArraySizeException\n"))
                .startsWith("internal error");
        assertThat(FuzzVerdict.problem(file, 2, file + ": $.a: x\n" + file + ": $.a: x\n"))
                .startsWith("the same problem twice");
        assertThat(FuzzVerdict.problem(file, 2, "")).isEqualTo("exit 2 with nothing on stderr");
        assertThat(FuzzVerdict.problem(file, 3, "")).isEqualTo("exit 3");
    }
}
