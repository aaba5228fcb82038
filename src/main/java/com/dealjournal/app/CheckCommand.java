package com.dealjournal.app;

import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deal-journal check [--db FILE]}: SQLite's integrity and foreign-key checks, read-only. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Runs SQLite's integrity_check and foreign_key_check on the journal. Prints ok and exits 0,"
                + " or lists the problems and exits 1. Opens the file read-only.")
final class CheckCommand implements Callable<Integer> {

    private final Cli.Context context;

    @Mixin
    private JournalOption journalOption;

    CheckCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<String> problems;
        try (Journal journal = Journal.open(journalOption.choose(context.location()), Database.Mode.CHECK)) {
            problems = journal.check();
        } catch (JournalOpenException e) {
            return InfoCommand.report(context, e);
        } catch (com.dealjournal.store.StoreException e) {
            context.error("the check could not read the whole file: " + e.getMessage());
            return Cli.BAD_DATA;
        }
        if (problems.isEmpty()) {
            context.out().println("ok");
            context.out().flush();
            return Cli.OK;
        }
        problems.forEach(context.out()::println);
        context.out().flush();
        return Cli.BAD_DATA;
    }
}
