package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed app is started on a design file it is associated with; a command is never mistaken for one. */
class MainArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingDesignFileOpensTheAppAndEverythingElseIsTheCommandLine() throws Exception {
        Path design = Files.writeString(dir.resolve("shop.meridian"), "{}");
        Path json = Files.writeString(dir.resolve("shop.json"), "{}");
        assertThat(Main.opensADesign(new String[] {design.toString()})).isTrue();
        assertThat(Main.opensADesign(new String[] {json.toString()})).isTrue();
        assertThat(Main.opensADesign(new String[] {"templates"})).isFalse();
        assertThat(Main.opensADesign(new String[] {dir.resolve("gone.json").toString()})).isFalse();
        assertThat(Main.opensADesign(new String[] {"evaluate", json.toString()})).isFalse();
        assertThat(Main.opensADesign(new String[] {dir.toString()})).as("a folder").isFalse();
    }
}
