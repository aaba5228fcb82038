package com.dealjournal.app;

import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deal-journal backup --to PATH [--db FILE]}: a consistent copy, even while the window has it open. */
@Command(name = "backup",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Copies the journal with SQLite's online backup: consistent even while Deal Journal has it"
                + " open. Never overwrites a file.")
final class BackupCommand implements Callable<Integer> {

    private final Cli.Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JournalOption journalOption;

    @Option(names = "--to", paramLabel = "PATH", required = true, converter = Cli.PathConverter.class,
            description = "Where to write the copy; the file must not exist yet, its folder must.")
    private Path to;

    BackupCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path target = to.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    target + " already exists; a backup never overwrites a file, choose another path");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the folder " + target.getParent() + " does not exist");
        }
        try (Journal journal = Journal.open(journalOption.choose(context.location()), Database.Mode.READ_ONLY)) {
            journal.backUpTo(target);
        } catch (JournalOpenException e) {
            return InfoCommand.report(context, e);
        } catch (IOException e) {
            context.error("the backup to " + target + " failed: " + e.getMessage());
            return Cli.BAD_DATA;
        }
        context.out().println(target);
        context.out().flush();
        return Cli.OK;
    }
}
