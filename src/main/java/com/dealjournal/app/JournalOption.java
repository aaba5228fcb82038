package com.dealjournal.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the commands that read an existing journal (a picocli mixin). */
final class JournalOption {

    @Option(names = "--db", paramLabel = "FILE", converter = Cli.PathConverter.class,
            description = "The journal file; default: $" + JournalLocation.ENV_VARIABLE
                    + ", else journal.db in your per-user data folder.")
    private Path db;

    /** The file named with {@code --db}, else the environment's, else the default. */
    Path choose(JournalLocation location) {
        return location.choose(db);
    }
}
