package com.dealjournal.bench;

import com.dealjournal.exchange.CsvExchange;
import com.dealjournal.exchange.ImportResult;
import com.dealjournal.i18n.Messages;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
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
 * The import: a CSV pair read with full validation and added to a new, empty journal in one transaction,
 * as the window's import does. One operation is one whole import; the empty journal is made before it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

    @Param({"p1000", "e100000", "p10000", "p100000"})
    public String set;

    private Path folder;
    private Path target;
    private Journal journal;

    @Setup(Level.Trial)
    public void export() throws Exception {
        BenchJournals journals = new BenchJournals(Path.of(System.getProperty("bench.work")));
        folder = new ImportSets(journals).folder(set);
        target = journals.work().resolve("import-target.db");
    }

    @Setup(Level.Invocation)
    public void emptyJournal() throws Exception {
        BenchJournals.deleteWithCompanions(target);
        journal = Journal.open(target, Database.Mode.CREATE);
    }

    @TearDown(Level.Invocation)
    public void close() throws Exception {
        journal.close();
        BenchJournals.deleteWithCompanions(target);
    }

    @Benchmark
    public int csvImport() {
        ImportResult result = new CsvExchange(new Messages(Locale.ENGLISH)).read(folder, Currency.getInstance("EUR"));
        if (!result.ok()) {
            throw new IllegalStateException("the benchmark's CSV pair has problems: " + result.problems());
        }
        journal.add(result.content());
        return result.content().eventCount();
    }
}
