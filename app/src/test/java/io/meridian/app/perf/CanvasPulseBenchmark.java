package io.meridian.app.perf;

import io.meridian.app.MainViewModel;
import io.meridian.app.MainWindow;
import io.meridian.app.edit.Autosave;
import io.meridian.app.results.ResultsView;
import io.meridian.app.results.ResultsViewModel;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * Measures the FX pulse while dragging on the 300-component design, in the real main window on a real
 * display (run it under Xvfb: Monocle's headless platform does not render, so it would measure nothing
 * of the painting). Not a unit test and not run by {@code mvn verify}: start {@link #main} with
 * {@code -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0} on the test class path; see
 * docs/performance-app.md for the command. The robot moves the real mouse (XTest), so events take the
 * same path as a user's: X server, glass, picking, the canvas's handlers.
 *
 * <p>Per pulse it records JavaFX's own pulse log: the time from the pulse's start until its frame is
 * painted, the FX-thread part of it (CSS, layout, bounds, waiting for the previous frame, copying the
 * state to the render graph) and the painting. Phases: idle; dragging a region (one robot move per frame for {@value #FRAMES} frames); the
 * release (the one edit of the drag); panning the map. Then the heap after GC. Prints one RESULT line per
 * figure and exits.
 */
public final class CanvasPulseBenchmark {
    static final int FRAMES = 300;
    /** "PULSE: n [ms since the previous pulse:ms from its start until its frame is painted]". */
    private static final Pattern PULSE = Pattern.compile("PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]");
    /** A step of the pulse: "T14 (start +duration ms): what", times from the pulse's start. */
    private static final Pattern STEP = Pattern.compile("T\\d+ \\((\\d+) \\+(\\d+)ms\\): (.+)");
    private static volatile String phase = "startup";
    /** -Dbench.rawlog=true passes the whole pulse log through, each line prefixed with the phase. */
    private static final boolean RAW = Boolean.getBoolean("bench.rawlog");
    /** Per phase: {pulse number, duration until painted, FX-thread part, painting, CSS pass, layout pass} in ms. */
    private static final Map<String, List<int[]>> pulses = new LinkedHashMap<>();

    private CanvasPulseBenchmark() {
    }

    public static void main(String[] args) {
        System.setErr(new PrintStream(new PulseTee(System.err), true, StandardCharsets.UTF_8));
        Application.launch(App.class, args);
    }

    /** The window as MeridianApp builds it, on the large design, with a scratch recovery folder. */
    public static final class App extends Application {
        private MainViewModel model;
        private MainWindow window;
        private Robot robot;
        private final List<Runnable> steps = new ArrayList<>();
        private final Map<String, List<Double>> frameGaps = new LinkedHashMap<>();
        private long lastFrame;
        /** CPU time of the FX thread and the renderer, per phase, in ns; and frames per phase. */
        private final Map<String, long[]> cpu = new LinkedHashMap<>();
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long renderer = -1;
        private long lastFxCpu;
        private long lastRenderCpu;

        @Override
        public void start(Stage stage) throws IOException {
            // -Dbench.design=empty measures the floor: the window and the map with nothing on it; a design file's
            // path measures that design (BenchmarkDesigns' files name their regions r0, r1, …, so r14 is dragged).
            String chosen = System.getProperty("bench.design", "");
            Design design = chosen.equals("empty") ? Design.of("Empty", io.meridian.model.Topology.EMPTY)
                    : chosen.isEmpty() ? LargeCanvasDesign.of300Components()
                    : new io.meridian.io.DesignReader().read(java.nio.file.Path.of(chosen));
            model = new MainViewModel(design, new Autosave(Files.createTempDirectory("meridian-bench"),
                    Duration.ofHours(1)));
            window = new MainWindow(model);
            ResultsViewModel results = new ResultsViewModel();
            window.setResults(new ResultsView(results));
            model.designProperty().addListener((obs, old, now) -> results.submit(now.topology()));
            results.submit(design.topology());
            stage.setScene(new Scene(window, 1366, 768));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            robot = new Robot();
            // -Dbench.hide=link-layer,node-layer,... hides canvas layers by style class, to see what each costs.
            for (String layer : System.getProperty("bench.hide", "").split(",")) {
                if (!layer.isBlank()) {
                    window.lookupAll("." + layer.strip()).forEach(n -> n.setVisible(false));
                }
            }
            System.out.println("RESULT pipeline " + com.sun.prism.GraphicsPipeline.getPipeline().getClass().getName());
            plan();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (lastFrame != 0) {
                        frameGaps.computeIfAbsent(phase, k -> new ArrayList<>()).add((now - lastFrame) / 1e6);
                    }
                    countCpu();
                    lastFrame = now;
                    if (!steps.isEmpty()) {
                        String before = phase;
                        steps.remove(0).run();
                        if (!phase.equals(before)) {
                            // Wall-clock phase marks, to line a profiler's samples up with the phases.
                            System.out.println("PHASE " + phase + " " + java.time.LocalTime.now());
                        }
                    } else {
                        stop();
                        finish();
                    }
                }
            }.start();
        }

        /**
         * The CPU the FX thread and the renderer spent since the last frame: the work a frame costs, which the
         * wall-clock pulse times overstate when other processes hold the cores.
         */
        private void countCpu() {
            if (renderer < 0) {
                renderer = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                        .orElse(0);
            }
            long fx = threads.getCurrentThreadCpuTime();
            long render = renderer > 0 ? threads.getThreadCpuTime(renderer) : 0;
            long[] sum = cpu.computeIfAbsent(phase, k -> new long[3]);
            if (lastFxCpu != 0) {
                sum[0] += fx - lastFxCpu;
                sum[1] += render - lastRenderCpu;
                sum[2]++;
            }
            lastFxCpu = fx;
            lastRenderCpu = render;
        }

        /** One step per frame. */
        private void plan() {
            wait(240, "settle"); // the first layout, the map's cache, the engine's first evaluation
            // -Dbench.zoom=4 zooms in on Paris first, so the map shows full cards rather than chips (level of detail).
            double zoom = Double.parseDouble(System.getProperty("bench.zoom", "1"));
            if (zoom != 1) {
                steps.add(() -> window.canvas().nodeFor("r14").ifPresent(n -> {
                    var at = window.canvas().viewport().sceneToLocal(n.localToScene(0, 0));
                    window.canvas().viewport().zoomAt(zoom, at.getX(), at.getY());
                }));
                wait(60, "settle");
            }
            steps.add(() -> System.out.println("RESULT labels " + window.canvas().labelLayout().detail() + ", "
                    + window.canvas().labelLayout().placements().size() + " labels placed"));
            wait(120, "idle");
            Point2D[] from = new Point2D[1];
            steps.add(() -> {
                // Paris, mid-screen; on the empty design the same gesture drags the map.
                from[0] = window.canvas().nodeFor("r14").map(n -> n.localToScreen(0, 0))
                        .orElse(window.canvas().localToScreen(window.canvas().getWidth() / 2, 200));
                robot.mouseMove(from[0]);
            });
            steps.add(() -> {
                phase = "drag-region";
                robot.mousePress(MouseButton.PRIMARY);
            });
            for (int i = 1; i <= FRAMES; i++) {
                double a = 2 * Math.PI * 2 * i / FRAMES; // two turns of a 100-px circle, 2.5 px per frame and more
                int step = i;
                steps.add(() -> robot.mouseMove(from[0].add(100 * Math.sin(a) + step * 0.2, 100 * (1 - Math.cos(a)))));
            }
            steps.add(() -> {
                phase = "release";
                robot.mouseRelease(MouseButton.PRIMARY);
            });
            wait(30, "release");
            Point2D[] panFrom = new Point2D[1];
            steps.add(() -> {
                phase = "idle-2";
                panFrom[0] = window.canvas().localToScreen(window.canvas().getWidth() / 2,
                        window.canvas().getHeight() * 0.85);
                robot.mouseMove(panFrom[0]);
            });
            steps.add(() -> {
                phase = "pan-map";
                // The middle button pans wherever it is pressed, over a card too.
                robot.mousePress(MouseButton.MIDDLE);
            });
            for (int i = 1; i <= FRAMES; i++) {
                double a = 2 * Math.PI * i / FRAMES;
                steps.add(() -> robot.mouseMove(panFrom[0].add(150 * Math.sin(a), 60 * (1 - Math.cos(a)))));
            }
            steps.add(() -> {
                phase = "end";
                robot.mouseRelease(MouseButton.MIDDLE);
            });
            wait(30, "end");
        }

        private void wait(int frames, String name) {
            for (int i = 0; i < frames; i++) {
                steps.add(() -> phase = name);
            }
        }

        private void finish() {
            phase = "done";
            for (Map.Entry<String, List<int[]>> e : snapshot().entrySet()) {
                List<Integer> total = e.getValue().stream().map(p -> p[1]).toList();
                List<Integer> fx = e.getValue().stream().map(p -> p[2]).toList();
                List<Integer> paint = e.getValue().stream().map(p -> p[3]).toList();
                List<Integer> css = e.getValue().stream().map(p -> p[4]).toList();
                List<Integer> layout = e.getValue().stream().map(p -> p[5]).toList();
                System.out.printf(Locale.ROOT, "RESULT pulses %-12s n=%4d pulse p50=%d p95=%d max=%d | fx-thread p50=%d"
                                + " p95=%d (css p95=%d, layout p95=%d) | painting p50=%d p95=%d ms%n", e.getKey(), total.size(),
                        pct(total, 50), pct(total, 95), pct(total, 100), pct(fx, 50), pct(fx, 95), pct(css, 95),
                        pct(layout, 95), pct(paint, 50), pct(paint, 95));
            }
            frameGaps.forEach((k, v) -> {
                List<Double> sorted = v.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "RESULT frames %-12s n=%4d gap p50=%.1f p95=%.1f max=%.1f ms%n", k,
                        v.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                        sorted.get(sorted.size() - 1));
            });
 cpu.forEach((k, v) -> System.out.printf(Locale.ROOT,
                    "RESULT cpu    %-12s frames=%4d fx-thread %.1f ms/frame, renderer %.1f ms/frame%n", k, v[2],
                    v[2] == 0 ? 0 : v[0] / 1e6 / v[2], v[2] == 0 ? 0 : v[1] / 1e6 / v[2]));
            System.out.println("RESULT design " + model.getDesign().topology().components().size() + " components, "
                    + model.getDesign().topology().regions().size() + " regions");
            new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    sleep(300);
                }
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf(Locale.ROOT, "RESULT heap-after-gc %.1f MB (max %d MB)%n", used / 1048576.0,
                        Runtime.getRuntime().maxMemory() / 1048576);
                System.out.flush();
                Platform.runLater(() -> {
                    Platform.exit();
                    System.exit(0);
                });
            }).start();
        }
    }

    private static Map<String, List<int[]>> snapshot() {
        synchronized (pulses) {
            Map<String, List<int[]>> copy = new LinkedHashMap<>();
            pulses.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return copy;
        }
    }

    /** The {@code q}-th percentile, nearest rank. */
    static int pct(List<Integer> values, int q) {
        List<Integer> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(q / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes stderr through minus the pulse log, whose "PULSE: n [fx ms:total ms]" headers it records by phase. */
    private static final class PulseTee extends OutputStream {
        private final PrintStream out;
        private final StringBuilder line = new StringBuilder();

        PulseTee(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                flushLine();
            } else {
                line.append((char) b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            // The pulse log is printed on the render thread: keep this cheap, it is inside the measured time.
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    flushLine();
                } else {
                    line.append((char) b[i]);
                }
            }
        }

        private int[] current;

        private void flushLine() {
            String s = line.toString();
            line.setLength(0);
            Matcher m = PULSE.matcher(s);
            if (m.find()) {
                current = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), 0, 0, 0, 0};
                synchronized (pulses) {
                    pulses.computeIfAbsent(phase, k -> new ArrayList<>()).add(current);
                }
                return;
            }
            if (RAW) {
                out.println(phase + " | " + s);
            }
            Matcher step = STEP.matcher(s);
            if (step.find() && current != null) {
                int end = Integer.parseInt(step.group(1)) + Integer.parseInt(step.group(2));
                if (step.group(3).startsWith("CSS Pass")) {
                    current[4] += Integer.parseInt(step.group(2));
                } else if (step.group(3).startsWith("Layout Pass")) {
                    current[5] += Integer.parseInt(step.group(2));
                }
                if (step.group(3).startsWith("Painting")) {
                    current[3] += Integer.parseInt(step.group(2));
                } else if (!step.group(3).startsWith("Dirty") && !step.group(3).startsWith("Presenting")) {
                    current[2] = Math.max(current[2], end);
                }
                return;
            }
            // The rest of the pulse log (render paths, counters) is noise here.
            if (s.isBlank() || s.startsWith("T") || s.startsWith("Counters:") || s.startsWith("\t")
                    || s.startsWith("[") || s.contains("INTER PULSE LOG DATA")) {
                return;
            }
            out.println(s);
        }
    }
}
