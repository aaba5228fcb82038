package com.dealjournal.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deal-journal [--db PATH]}: opens the window on a journal. */
@Command(name = "deal-journal",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Log the pressure moments of your sales conversations: discount requests,",
            "scope creep and follow-ups. Review each month whether you deal on eye level.",
            "Without a command, opens the application window.",
            "",
            "The journal is one SQLite file: the one given with --db, else the one in",
            "$" + JournalLocation.ENV_VARIABLE + ", else journal.db in your per-user data folder.",
            ""},
        footer = {"", "Exit codes: 0 success, 1 a journal that cannot be used, 2 bad usage."})
final class RootCommand implements Callable<Integer> {

    private final Cli.Context context;

    @Option(names = "--db", paramLabel = "PATH", converter = Cli.PathConverter.class,
            description = "The journal file to open; created when it does not exist.")
    private Path db;

    RootCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return context.gui().launch(context.location().choose(db));
    }
}
