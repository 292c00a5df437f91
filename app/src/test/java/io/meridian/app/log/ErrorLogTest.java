package io.meridian.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Problems and internal errors are kept in the log file under meridian.logDir, uncaught ones included. */
class ErrorLogTest {
    @Test
    void problemsAndInternalErrorsWithTheirStackTraceAreWrittenDown() throws Exception {
        CompletableFuture<Throwable> told = new CompletableFuture<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            assertThat(ErrorLog.install(told::complete)).isEmpty();
            Path file = ErrorLog.file().orElseThrow();
            assertThat(file.getParent()).isEqualTo(ErrorLog.folder());

            ErrorLog.problem("Autosave to /x/recovery.json failed: disk full");
            ErrorLog.internal("Evaluation failed", new IllegalStateException("no router for 'use1'"));
            Thread t = new Thread(() -> {
                throw new ArithmeticException("divide by zero in a test");
            }, "worker-7");
            t.start();
            t.join();
            assertThat(told.get(5, TimeUnit.SECONDS)).isInstanceOf(ArithmeticException.class);

            String log = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(log).contains("WARNING Autosave to /x/recovery.json failed: disk full")
                    .contains("SEVERE Evaluation failed")
                    .contains("java.lang.IllegalStateException: no router for 'use1'")
                    .contains("\tat io.meridian.app.log.ErrorLogTest")
                    .contains("SEVERE Uncaught on thread worker-7")
                    .contains("java.lang.ArithmeticException: divide by zero in a test");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
