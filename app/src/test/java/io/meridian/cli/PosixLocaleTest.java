package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no {@code LANG} at all (CI containers) the JVM's default charset is ASCII. The command line must still
 * print non-ASCII names as UTF-8, in text and JSON, instead of {@code ?}. Runs the real entry point in a child
 * JVM with an empty environment.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PosixLocaleTest {
    private static final String NAME = "Zürich – 東京 ✓";

    @Test
    void nonAsciiOutputIsUtf8WhateverTheLocale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.json");
        Files.writeString(file, """
                {"schema": "meridian/1", "name": "%s",
                 "regions": [{"id": "use1", "catalog": "aws:us-east-1"}],
                 "components": [{"id": "api", "kind": "service", "region": "use1", "availability": 0.99,
                                 "capacityPerInstanceRps": 100}]}
                """.formatted(NAME), StandardCharsets.UTF_8);
        assertThat(runWithoutLocale(dir, "evaluate", file.toString(), "--json")).contains("\"" + NAME + "\"");
        assertThat(runWithoutLocale(dir, "evaluate", file.toString())).contains(NAME);
    }

    private static String runWithoutLocale(Path dir, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.meridian.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().clear();
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
