package io.meridian.exports;

import io.meridian.io.DesignWriter;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Where a report comes from, printed on page 1 and on the Summary sheet: when it was made, by which Meridian, from
 * which design file and content (SHA-256), so a reviewer can tell two reports of one design apart and check a file
 * against its report.
 *
 * @param designFile the design file's name, or null when the design was not read from a file (a template, unsaved)
 * @param sha256     hex SHA-256 of {@code hashOf}, or null when unknown
 * @param hashOf     what was hashed: "file" (its bytes as read) or "design" (the design as Meridian writes it)
 * @param generated  when the report was made
 * @param version    Meridian's version
 */
public record Provenance(String designFile, String sha256, String hashOf, Instant generated, String version) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public Provenance {
        if (generated == null) {
            throw new IllegalArgumentException("a report needs its date");
        }
        version = version == null || version.isBlank() ? meridianVersion() : version;
    }

    /** Nothing known about the design's file: the date from the clock and Meridian's version. */
    public static Provenance unknown(Clock clock) {
        return new Provenance(null, null, null, clock.instant(), meridianVersion());
    }

    /** A design read from this file: its name and the SHA-256 of its bytes. */
    public static Provenance ofFile(Path file, Clock clock) {
        try {
            return new Provenance(file.getFileName().toString(), sha256(Files.readAllBytes(file)), "file",
                    clock.instant(), meridianVersion());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A design known in memory (a template, or edited since it was saved): the SHA-256 of the design as Meridian
     * writes it; {@code fileName} when it has one (may be null).
     */
    public static Provenance ofDesign(String fileName, Design design, Clock clock) {
        return new Provenance(fileName, sha256(DesignWriter.toJson(design).getBytes(StandardCharsets.UTF_8)),
                "design", clock.instant(), meridianVersion());
    }

    /** Meridian's version, from the build (version.properties); "dev" when run from unpackaged classes. */
    public static String meridianVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** "2026-12-06 23:40 UTC". */
    String date() {
        return DATE.format(generated);
    }

    /** The file and its hash as one line: "design.json · SHA-256 3f2a…" (short hash), or what is known. */
    String source() {
        String file = designFile == null ? "no design file (" + (hashOf == null ? "unsaved or built-in" : "in memory")
                + ")" : designFile;
        return sha256 == null ? file : file + " · SHA-256 of the " + hashOf + " " + sha256.substring(0, 16) + "…";
    }

    /** One line for page 1 and the Summary sheet. */
    String line(String variantName) {
        return "Generated " + date() + " by Meridian " + version + " from " + source() + " · variant '" + variantName
                + "'";
    }
}
