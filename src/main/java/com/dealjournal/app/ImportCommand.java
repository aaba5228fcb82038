package com.dealjournal.app;

import com.dealjournal.exchange.Exchange;
import com.dealjournal.exchange.ExchangeFormat;
import com.dealjournal.exchange.ImportProblem;
import com.dealjournal.exchange.ImportResult;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deal-journal import [--db FILE] SOURCE [--dry-run]}: adds a CSV pair or a JSON file to the
 * journal, all or nothing. The file is validated whole before the journal is even opened for writing.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Adds the prospects and events of SOURCE to the journal, all or nothing: one invalid row"
                + " and nothing is written. SOURCE is a folder holding prospects.csv and events.csv, or a .json"
                + " file. The journal is created when it does not exist.",
            "Problems name the file, the line (the header is line 1), the column and what is wrong; at most "
                + ImportCommand.SHOWN_PROBLEMS + " are listed, then their count. Exit 1 when there are any."})
final class ImportCommand implements Callable<Integer> {

    static final int SHOWN_PROBLEMS = 50;

    private final Cli.Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JournalOption journalOption;

    @Parameters(index = "0", paramLabel = "SOURCE", converter = Cli.PathConverter.class,
            description = "A folder with prospects.csv and events.csv, or a .json file.")
    private Path source;

    @Option(names = "--dry-run", description = "Only validate and count; write nothing.")
    private boolean dryRun;

    ImportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path from = source.toAbsolutePath().normalize();
        if (!Files.exists(from)) {
            throw usage(from + " does not exist");
        }
        if (ExchangeFormat.of(from).isEmpty()) {
            throw usage(from + " is neither a folder holding prospects.csv and events.csv nor a .json file");
        }
        Path file = journalOption.choose(context.location()).toAbsolutePath().normalize();
        try {
            Currency defaultCurrency = defaultCurrencyOf(file);
            ImportResult result = new Exchange(context.messages()).read(from, defaultCurrency);
            if (!result.ok()) {
                return reportProblems(result);
            }
            JournalContent content = result.content();
            String counts = content.prospects().size() + " prospects and " + content.eventCount() + " events";
            if (dryRun) {
                print("dry run: " + from + " is valid; it would add " + counts + " to " + file + ". Nothing was"
                        + " written.");
                return Cli.OK;
            }
            try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
                journal.add(content);
            }
            print("added " + counts + " from " + from + " to " + file);
            return Cli.OK;
        } catch (JournalOpenException e) {
            return InfoCommand.report(context, e);
        }
    }

    /** The currency of rows that name none: the journal's, or EUR for a journal yet to be created. */
    private static Currency defaultCurrencyOf(Path file) throws JournalOpenException {
        if (!Files.exists(file)) {
            return Currency.getInstance("EUR");
        }
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            return journal.settings().defaultCurrency();
        }
    }

    private int reportProblems(ImportResult result) {
        PrintWriter err = context.err();
        Messages messages = context.messages();
        result.problems().stream().limit(SHOWN_PROBLEMS).forEach(problem -> err.println(line(problem, messages)));
        int more = result.problemCount() - Math.min(SHOWN_PROBLEMS, result.problems().size());
        if (more > 0) {
            err.println("... and " + more + " more " + (more == 1 ? "problem" : "problems"));
        }
        context.error("nothing was imported: " + source + " has " + result.problemCount()
                + (result.problemCount() == 1 ? " problem" : " problems") + "; the journal was not changed");
        return Cli.BAD_DATA;
    }

    private static String line(ImportProblem problem, Messages messages) {
        return problem.describe(messages).replace('\n', ' ').replace('\r', ' ');
    }

    private void print(String line) {
        context.out().println(line);
        context.out().flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
