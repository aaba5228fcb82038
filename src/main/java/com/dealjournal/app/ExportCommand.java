package com.dealjournal.app;

import com.dealjournal.exchange.Exchange;
import com.dealjournal.exchange.ExchangeFormat;
import com.dealjournal.model.JournalContent;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deal-journal export [--db FILE] --out PATH [--format csv|json] [--force]}: the whole journal as a
 * CSV pair or one JSON file, read-only, written to temporary files that are renamed into place.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Writes the whole journal as a CSV pair (prospects.csv and events.csv in folder PATH) or as"
                + " one JSON file. Never overwrites a file without --force; a crash leaves no half-written file.")
final class ExportCommand implements Callable<Integer> {

    private final Cli.Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JournalOption journalOption;

    @Option(names = "--out", paramLabel = "PATH", required = true, converter = Cli.PathConverter.class,
            description = "The folder for the CSV pair (created if missing; its parent must exist), or the JSON"
                    + " file.")
    private Path out;

    @Option(names = "--format", paramLabel = "csv|json",
            description = "csv or json; default json when PATH ends with .json, else csv.")
    private String format;

    @Option(names = "--force", description = "Overwrite files that exist already.")
    private boolean force;

    ExportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path target = out.toAbsolutePath().normalize();
        ExchangeFormat chosen = chosenFormat(target);
        checkTarget(target, chosen);
        try (Journal journal = Journal.open(journalOption.choose(context.location()), Database.Mode.READ_ONLY)) {
            JournalContent content = journal.content();
            new Exchange(context.messages()).write(content, target, chosen, force);
            context.out().println("exported " + content.prospects().size() + " prospects and "
                    + content.eventCount() + " events to " + target);
            context.out().flush();
            return Cli.OK;
        } catch (JournalOpenException e) {
            return InfoCommand.report(context, e);
        } catch (FileAlreadyExistsException e) {
            throw usage(e.getFile() + " already exists; add --force to overwrite it");
        } catch (IOException e) {
            context.error("the export to " + target + " failed, nothing was left half-written: " + e.getMessage());
            return Cli.BAD_DATA;
        }
    }

    private ExchangeFormat chosenFormat(Path target) {
        if (format == null) {
            return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    ? ExchangeFormat.JSON : ExchangeFormat.CSV;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> ExchangeFormat.CSV;
            case "json" -> ExchangeFormat.JSON;
            default -> throw usage("--format must be csv or json, not '" + format + "'");
        };
    }

    private void checkTarget(Path target, ExchangeFormat chosen) {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw usage("the folder " + parent + " does not exist");
        }
        if (chosen == ExchangeFormat.CSV && Files.exists(target) && !Files.isDirectory(target)) {
            throw usage(target + " is a file; a CSV export needs a folder for prospects.csv and events.csv");
        }
        if (chosen == ExchangeFormat.JSON && Files.isDirectory(target)) {
            throw usage(target + " is a folder; a JSON export needs a file name such as journal.json");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
