package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** A report that cannot be written in full (a full disk behind standard output) is exit 3, never exit 0. */
class OutputFailureTest {
    /** Takes {@code room} characters, then fails as a full disk does. */
    private static final class FullDisk extends Writer {
        private int room;

        FullDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (len > room) {
                room = 0;
                throw new IOException("No space left on device");
            }
            room -= len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aReportCutShortByAFullDiskExitsThreeAndSaysSo() {
        StringWriter err = new StringWriter();
        int code = MeridianCommand.run(new PrintWriter(new FullDisk(10_000)), new PrintWriter(err),
                "evaluate", "--template", "two-region-active-active", "--json");
        assertThat(code).isEqualTo(MeridianCommand.CANNOT_FINISH);
        assertThat(err.toString().lines().toList()).containsExactly("meridian: the output could not be written in "
                + "full (standard output: disk full, or closed); what was written is incomplete");
    }

    @Test
    void aReportThatFitsExitsZero() {
        StringWriter err = new StringWriter();
        int code = MeridianCommand.run(new PrintWriter(new FullDisk(10_000_000)), new PrintWriter(err),
                "evaluate", "--template", "two-region-active-active", "--json");
        assertThat(code).as(err.toString()).isZero();
    }
}
