package com.dealjournal.app;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deal-journal demo --db FILE [--prospects N] [--seed S]}: a realistic year in a new journal. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Writes a realistic year of a freelancer's prospects and events into a new journal, to explore"
                + " Deal Journal with. The same seed and count make the same journal on the same day.")
final class DemoCommand implements Callable<Integer> {

    static final int MAX_PROSPECTS = 1_000_000;

    private final Cli.Context context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", required = true, converter = Cli.PathConverter.class,
            description = "The new journal file; an existing journal that holds prospects is refused.")
    private Path db;

    @Option(names = "--prospects", paramLabel = "N", defaultValue = "40",
            description = "How many prospects, 1-" + MAX_PROSPECTS + "; default ${DEFAULT-VALUE}.")
    private int prospects;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "The seed of the journal's made-up data; default ${DEFAULT-VALUE}.")
    private long seed;

    DemoCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (prospects < 1 || prospects > MAX_PROSPECTS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--prospects must be from 1 to " + MAX_PROSPECTS + ", not " + prospects);
        }
        try {
            refuseAJournalThatHoldsProspects();
            try (Journal journal = Journal.open(db, Database.Mode.CREATE)) {
                new DemoJournal(seed, LocalDate.now(), context.messages()).writeInto(journal, prospects);
                context.out().println(journal.file() + ": " + journal.prospects().count() + " prospects, "
                        + journal.events().count() + " events");
                context.out().flush();
                return Cli.OK;
            }
        } catch (JournalOpenException e) {
            return InfoCommand.report(context, e);
        }
    }

    /** Looks first, read-only: a journal with prospects is never written to, nor even migrated. */
    private void refuseAJournalThatHoldsProspects() throws JournalOpenException {
        if (!java.nio.file.Files.exists(db)) {
            return;
        }
        try (Journal existing = Journal.open(db, Database.Mode.READ_ONLY)) {
            int count = existing.prospects().count();
            if (count > 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), existing.file() + " already holds "
                        + count + " prospects; the demo writes only into a new or empty journal");
            }
        } catch (JournalOpenException e) {
            // an empty file is "no journal" to a read-only look; opening it for writing makes it one
            if (e.problem() != com.dealjournal.store.JournalProblem.NOT_A_JOURNAL) {
                throw e;
            }
        }
    }
}
