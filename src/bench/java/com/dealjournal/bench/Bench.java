package com.dealjournal.bench;

import com.dealjournal.exchange.CsvExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark of issue 7: every figure at 1,000, 10,000 and 100,000 prospects, each beside the floor
 * measured in the same run, printed as one table (and written to {@code target/bench/results.md}).
 * Run by {@code mvn -Pbench verify} or {@code bench/run.sh}; see docs/PERFORMANCE.md.
 *
 * <p>Options: {@code --target DIR} (Maven's target folder), {@code --quick} (fewer repetitions, for
 * trying the benchmark out; not for the figures), {@code --sizes 1000,10000}, {@code --start-only} (only
 * the start-up and memory figures).
 */
public final class Bench {

    private final Path target;
    private final boolean quick;
    private final int[] sizes;
    private final boolean startOnly;
    private final BenchJournals journals;
    private final Table table;

    private Bench(Path target, boolean quick, int[] sizes, boolean startOnly) {
        this.target = target;
        this.quick = quick;
        this.sizes = sizes;
        this.startOnly = startOnly;
        this.journals = new BenchJournals(target.toAbsolutePath().getParent().resolve("bench").resolve("work"));
        this.table = new Table(sizes);
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of("target");
        boolean quick = false;
        int[] sizes = BenchJournals.SIZES;
        boolean startOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--target" -> target = Path.of(args[++i]);
                case "--quick" -> quick = true;
                case "--start-only" -> startOnly = true;
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new Bench(target, quick, sizes, startOnly).run();
    }

    private void run() throws Exception {
        Map<Integer, Path> files = new LinkedHashMap<>();
        for (int size : sizes) {
            files.put(size, journals.journal(size));
        }
        if (!startOnly) {
            inProcessFigures(files);
        }
        if (System.getenv("DISPLAY") != null) {
            startFigures(files);
        } else {
            System.out.println("No DISPLAY: the start-up and memory figures need one (bench/run.sh starts Xvfb).");
        }
        String text = table.render(quick);
        System.out.println();
        System.out.println(text);
        Files.createDirectories(target.resolve("bench"));
        Files.writeString(target.resolve("bench").resolve("results.md"), text);
    }

    /** Everything but the start-up: the reports, the search and the import. */
    private void inProcessFigures(Map<Integer, Path> files) throws Exception {
        boolean shell = SqliteShell.available();
        SqliteShell sqlite = new SqliteShell(target.resolve("bench"));
        Map<String, Double> inProcess = jmh("ReviewBenchmark", 3, 5, "2g", null);
        for (int size : sizes) {
            Path file = files.get(size);
            table.put("Month report, in process (ms)", size, inProcess.get("month " + size));
            double monthFloor = shell ? median(5, () -> sqlite.timedScript(file, "month.sql")) : Double.NaN;
            table.put("Month report, sqlite3 shell floor (ms)", size, monthFloor);
            table.put("Month report / floor", size, inProcess.get("month " + size) / monthFloor);
            table.put("12-month review, in process (ms)", size, inProcess.get("review12 " + size));
            double reviewFloor = shell ? median(5, () -> sqlite.timedScript(file, "review.sql")) : Double.NaN;
            table.put("12-month review, sqlite3 shell floor (ms)", size, reviewFloor);
            table.put("12-month review / floor", size, inProcess.get("review12 " + size) / reviewFloor);
            table.put("Prospect list query (ms)", size, inProcess.get("listSummaries " + size));
        }
        Map<String, Double> search = jmh("SearchBenchmark", 12, 5, "2g", null);
        for (int size : sizes) {
            table.put("Search, one keystroke to the filtered list laid out (ms)", size, search.get("keystroke " + size));
            double[] cpu = searchCpu(size);
            table.put("Search, one keystroke: FX thread's CPU time (ms)", size, cpu[0]);
            table.put("Search, one keystroke: of it the filter (ms)", size, cpu[1]);
            double[] first = searchCpu(size, "--unremembered");
            table.put("Search, a first keystroke (nothing to narrow): FX thread's CPU time (ms)", size, first[0]);
            table.put("Search, a first keystroke: of it the filter (ms)", size, first[1]);
            double[] sorted = searchCpu(size, "--sorted");
            table.put("Search, one keystroke, list sorted by name: FX thread's CPU time (ms)", size, sorted[0]);
        }
        importFigures(sqlite, shell);
    }

    /**
     * The FX thread's CPU time per keystroke, total and filter, from {@code SearchCpu} in a JVM of its own;
     * {@code options} are SearchCpu's after the size.
     */
    private double[] searchCpu(int size, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g", "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Dbench.work=" + journals.work().toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "com.dealjournal.ui.prospects.SearchCpu", Integer.toString(size)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("search-cpu ")) {
                String[] parts = line.split(" ");
                return new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
            }
        }
        throw new IllegalStateException("SearchCpu reported nothing: " + out);
    }

    private void importFigures(SqliteShell sqlite, boolean shell) throws Exception {
        ImportSets sets = new ImportSets(journals);
        List<String> names = new ArrayList<>();
        for (String name : ImportSets.NAMES) {
            boolean wanted = name.equals("e100000") || Arrays.stream(sizes).anyMatch(s -> name.equals("p" + s));
            if (wanted) {
                sets.folder(name);
                names.add(name);
            }
        }
        List<String> small = names.stream().filter(name -> !name.equals("p100000")).toList();
        Map<String, Double> imports = new LinkedHashMap<>(jmh("ImportBenchmark", 2, 3, "6g", small));
        if (names.contains("p100000")) {
            imports.putAll(jmh("ImportBenchmark", 1, 2, "6g", List.of("p100000")));
        }
        for (String name : names) {
            Path folder = sets.folder(name);
            long events = ImportSets.rows(folder.resolve(CsvExchange.EVENTS_FILE));
            double millis = imports.get("csvImport " + name);
            double floor = shell ? median(3, () -> sqlite.importPair(folder)) : Double.NaN;
            if (name.equals("e100000")) {
                table.put("Import of the 100,000-event CSV pair (ms)", 10_000, millis);
                table.put("Import of the 100,000-event CSV pair (events/s)", 10_000, events / millis * 1000);
                table.put("Import of the 100,000-event CSV pair, sqlite3 .import floor (ms)", 10_000, floor);
                table.put("Import of the 100,000-event CSV pair / floor", 10_000, millis / floor);
                double indexed = shell ? median(3, () -> sqlite.importPairIndexed(folder)) : Double.NaN;
                table.put("Import of the 100,000-event CSV pair, sqlite3 .import into indexed tables (ms)", 10_000,
                        indexed);
                table.put("Import of the 100,000-event CSV pair / indexed floor", 10_000, millis / indexed);
                double thenIndexes = shell ? median(3, () -> sqlite.importPairThenIndexes(folder)) : Double.NaN;
                table.put("Import of the 100,000-event CSV pair, sqlite3 .import then the journal's indexes built (ms)",
                        10_000, thenIndexes);
                table.put("sqlite3 .import then the indexes built / bare sqlite3 .import", 10_000, thenIndexes / floor);
                table.put("Import of the 100,000-event CSV pair / sqlite3 .import then the indexes built", 10_000,
                        millis / thenIndexes);
            } else {
                int size = Integer.parseInt(name.substring(1));
                table.put("Import of a whole journal's CSV pair (events/s)", size, events / millis * 1000);
                table.put("Import of a whole journal's CSV pair / sqlite3 .import", size, millis / floor);
            }
        }
    }

    private void startFigures(Map<Integer, Path> files) throws Exception {
        Startup startup = new Startup(target);
        int runs = quick ? 2 : 5;
        startup.floor(Startup.Floor.EMPTY, List.of()); // the first start after a build pays for reading the jars
        int atTarget = Arrays.stream(sizes).filter(s -> s == 10_000).findFirst().orElse(sizes[0]);
        for (int size : sizes) {
            List<Startup.Run> app = new ArrayList<>();
            List<Startup.Run> floor = new ArrayList<>();
            List<Startup.Run> controls = new ArrayList<>();
            List<Startup.Run> tableAlone = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                floor.add(startup.floor(Startup.Floor.EMPTY, List.of()));
                app.add(startup.app(files.get(size), false, List.of()));
                if (size == atTarget) {
                    controls.add(startup.floor(Startup.Floor.CONTROLS, List.of()));
                    tableAlone.add(startup.floor(Startup.Floor.TABLE, List.of()));
                }
            }
            double appMillis = medianOf(app, Startup.Run::firstFrameMillis);
            double floorMillis = medianOf(floor, Startup.Run::firstFrameMillis);
            table.put("Cold start to the filled list, application (ms)", size, appMillis);
            table.put("Cold start, empty-window floor (ms)", size, floorMillis);
            table.put("Cold start / floor", size, appMillis / floorMillis);
            if (size == atTarget) {
                double controlsMillis = medianOf(controls, Startup.Run::firstFrameMillis);
                table.put("Cold start, plain window of the same controls (ms)", size, controlsMillis);
                table.put("Cold start, plain window of the same controls / floor", size, controlsMillis / floorMillis);
                table.put("Cold start / plain window of the same controls", size, appMillis / controlsMillis);
                double tableMillis = medianOf(tableAlone, Startup.Run::firstFrameMillis);
                table.put("Cold start, plain window of the filled table alone (ms)", size, tableMillis);
                table.put("Cold start, plain window of the filled table alone / floor", size, tableMillis / floorMillis);
            }
            double appCpu = medianOf(app, Startup.Run::cpuMillis);
            double floorCpu = medianOf(floor, Startup.Run::cpuMillis);
            table.put("Cold start, CPU time of the process until then: application (ms)", size, appCpu);
            table.put("Cold start, CPU time: empty-window floor (ms)", size, floorCpu);
            table.put("Cold start, CPU time / floor", size, appCpu / floorCpu);
            List<Startup.Run> withReview = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs - 2); i++) {
                withReview.add(startup.app(files.get(size), true, List.of()));
            }
            table.put("Review shown after start (ms)", size, medianOf(withReview, Startup.Run::reviewMillis));
            table.put("Heap in use after list and review, after GC (MB)", size,
                    medianOf(withReview, Startup.Run::heapBytes) / 1048576.0);
            table.put("Resident set of the process (MB)", size, medianOf(withReview, Startup.Run::rssBytes) / 1048576.0);
        }
        aotFigures(startup, files.get(atTarget), atTarget, runs);
    }

    /**
     * The AOT cache: trained by one start of each, then used; plain starts interleaved as the baseline.
     * A start with a cache runs with {@code -XX:AOTMode=on}, so that a cache the JVM cannot use stops the
     * benchmark instead of quietly timing a start without it.
     */
    private void aotFigures(Startup startup, Path journal, int size, int runs) throws Exception {
        Path appCache = target.resolve("bench").resolve("app.aot");
        Path floorCache = target.resolve("bench").resolve("floor.aot");
        Path controlsCache = target.resolve("bench").resolve("controls.aot");
        Files.createDirectories(appCache.getParent());
        for (Path cache : List.of(appCache, floorCache, controlsCache)) {
            Files.deleteIfExists(cache);
        }
        startup.app(journal, true, List.of("-XX:AOTCacheOutput=" + appCache));
        startup.floor(Startup.Floor.EMPTY, List.of("-XX:AOTCacheOutput=" + floorCache));
        startup.floor(Startup.Floor.CONTROLS, List.of("-XX:AOTCacheOutput=" + controlsCache));
        for (Path cache : List.of(appCache, floorCache, controlsCache)) {
            if (!Files.isRegularFile(cache)) {
                throw new IllegalStateException("the training run wrote no AOT cache " + cache);
            }
        }
        List<Startup.Run> plain = new ArrayList<>();
        List<Startup.Run> cached = new ArrayList<>();
        List<Startup.Run> floor = new ArrayList<>();
        List<Startup.Run> controls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            plain.add(startup.app(journal, false, List.of()));
            cached.add(startup.app(journal, false, List.of("-XX:AOTMode=on", "-XX:AOTCache=" + appCache)));
            floor.add(startup.floor(Startup.Floor.EMPTY, List.of("-XX:AOTMode=on", "-XX:AOTCache=" + floorCache)));
            controls.add(startup.floor(Startup.Floor.CONTROLS,
                    List.of("-XX:AOTMode=on", "-XX:AOTCache=" + controlsCache)));
        }
        double withCache = medianOf(cached, Startup.Run::firstFrameMillis);
        table.put("Cold start with AOT cache, CPU time / without", size,
                medianOf(cached, Startup.Run::cpuMillis) / medianOf(plain, Startup.Run::cpuMillis));
        double floorWithCache = medianOf(floor, Startup.Run::firstFrameMillis);
        double controlsWithCache = medianOf(controls, Startup.Run::firstFrameMillis);
        table.put("Cold start with AOT cache, application (ms)", size, withCache);
        table.put("Cold start with AOT cache / without", size, withCache / medianOf(plain, Startup.Run::firstFrameMillis));
        table.put("Cold start with AOT cache, empty-window floor with its own (ms)", size, floorWithCache);
        table.put("Cold start with AOT caches / floor", size, withCache / floorWithCache);
        table.put("Cold start with AOT cache, plain window of the same controls with its own (ms)", size,
                controlsWithCache);
        table.put("Cold start with AOT caches, plain window of the same controls / floor", size,
                controlsWithCache / floorWithCache);
    }

    /** Runs one benchmark class in JMH; its scores by "method size" (ms per operation). */
    private Map<String, Double> jmh(String benchmark, int warmups, int iterations, String heap, List<String> sets)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("\\." + benchmark + "\\.")
                .forks(1)
                .warmupIterations(quick ? 1 : warmups)
                .measurementIterations(quick ? 2 : iterations)
                .warmupTime(TimeValue.seconds(1))
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
                        "-Dbench.work=" + journals.work().toAbsolutePath());
        if (sets != null) {
            options.param("set", sets.toArray(String[]::new));
        } else {
            options.param("prospects", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            String param = sets != null ? result.getParams().getParam("set") : result.getParams().getParam("prospects");
            scores.put(method + " " + param, result.getPrimaryResult().getScore());
        }
        return scores;
    }

    @FunctionalInterface
    private interface Measure {
        double get() throws Exception;
    }

    private static double median(int times, Measure measure) throws Exception {
        double[] values = new double[times];
        for (int i = 0; i < times; i++) {
            values[i] = measure.get();
        }
        Arrays.sort(values);
        return values[times / 2];
    }

    private static double medianOf(List<Startup.Run> runs, ToLongFunction<Startup.Run> value) {
        long[] values = runs.stream().mapToLong(value).sorted().toArray();
        return values[values.length / 2];
    }
}
