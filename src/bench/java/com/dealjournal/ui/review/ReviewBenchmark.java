package com.dealjournal.ui.review;

import com.dealjournal.bench.BenchJournals;
import com.dealjournal.model.review.EyeLevelMetrics;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The report figures in process: one month's figures as {@code report} reads them (read-only), and the
 * 12-month review as the window reads it (the journal open for writing), from the journal on disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewBenchmark {

    static final YearMonth MONTH = YearMonth.from(BenchJournals.TODAY);

    @Param({"1000", "10000", "100000"})
    public int prospects;

    private Journal window;
    private Journal report;

    @Setup(Level.Trial)
    public void open() throws Exception {
        Path file = new BenchJournals(Path.of(System.getProperty("bench.work"))).journal(prospects);
        window = Journal.open(file, Database.Mode.EXISTING);
        report = Journal.open(file, Database.Mode.READ_ONLY);
    }

    @TearDown(Level.Trial)
    public void close() {
        window.close();
        report.close();
    }

    @Benchmark
    public MonthlyFigures month() {
        int limit = report.settings().chaseLimit();
        return EyeLevelMetrics.of(report.review().months(MONTH, MONTH, limit).getFirst(), limit);
    }

    @Benchmark
    public ReviewData review12() {
        return ReviewData.load(window, MONTH, ReviewRange.LAST_12, BenchJournals.TODAY);
    }

    @Benchmark
    public int listSummaries() {
        return window.prospects().summaries().size();
    }
}
