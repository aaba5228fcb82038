package com.dealjournal.app;

import com.dealjournal.i18n.Messages;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import com.dealjournal.store.JournalProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deal-journal info [--db PATH]}: which journal this is and what it holds, read-only. */
@Command(name = "info",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Shows which journal file is used, its schema version and how much it holds."
                + " Opens the file read-only: it is never created, migrated or changed.")
final class InfoCommand implements Callable<Integer> {

    private final Cli.Context context;

    @Mixin
    private JournalOption journalOption;

    InfoCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path file = journalOption.choose(context.location());
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            PrintWriter out = context.out();
            out.println("Journal:   " + journal.file());
            out.println("Schema:    version " + journal.schemaVersion());
            out.println("Prospects: " + journal.prospects().count());
            out.println("Events:    " + journal.events().count());
            out.flush();
            return Cli.OK;
        } catch (JournalOpenException e) {
            return report(context, e);
        }
    }

    /** One line on stderr naming the file and its problem; 2 for a file that is not there, else 1. */
    static int report(Cli.Context context, JournalOpenException e) {
        Messages messages = context.messages();
        context.error(messages.format(e.messageKey(), e.messageArgs()).replace('\n', ' '));
        return e.problem() == JournalProblem.NOT_FOUND ? Cli.USAGE : Cli.BAD_DATA;
    }
}
