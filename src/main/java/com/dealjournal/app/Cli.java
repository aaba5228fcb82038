package com.dealjournal.app;

import com.dealjournal.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The command line: {@code deal-journal [--db PATH] [COMMAND]}. Without a command it opens the window.
 * Exit codes: 0 success, 1 bad data (a journal that cannot be used), 2 bad usage (unknown option,
 * missing or malformed argument, a journal file that does not exist). Errors are one line on stderr.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int USAGE = 2;

    /** What a command needs from the outside world, handed in so tests can supply their own. */
    public record Context(JournalLocation location, GuiLauncher gui, PrintWriter out, PrintWriter err) {

        Messages messages() {
            return new Messages(Locale.getDefault());
        }

        /** Prints a one-line error, prefixed with the program's name. */
        void error(String message) {
            err.println("deal-journal: " + message);
            err.flush();
        }
    }

    private Cli() {
    }

    public static int run(String[] args, Context context) {
        if (args.length == 0) {
            // the common start, the window on the usual journal: picocli's model of every command would
            // take a tenth of a second to build before the window even begins to open
            try {
                return context.gui().launch(context.location().choose(null));
            } catch (RuntimeException e) {
                context.error(firstLine(String.valueOf(e.getMessage())));
                return BAD_DATA;
            }
        }
        CommandLine commandLine = new CommandLine(new RootCommand(context));
        commandLine.addSubcommand(new InfoCommand(context));
        commandLine.addSubcommand(new ReportCommand(context));
        commandLine.addSubcommand(new BackupCommand(context));
        commandLine.addSubcommand(new CheckCommand(context));
        commandLine.addSubcommand(new DemoCommand(context));
        commandLine.addSubcommand(new ImportCommand(context));
        commandLine.addSubcommand(new ExportCommand(context));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            context.error(firstLine(e.getMessage()) + " (see --help)");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, result) -> {
            context.error(firstLine(String.valueOf(e.getMessage())));
            return BAD_DATA;
        });
        return commandLine.execute(args);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** Converts {@code --db} arguments, rejecting empty ones with a clear message. */
    static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new CommandLine.TypeConversionException("the journal path is empty");
            }
            try {
                return Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a valid path: " + e.getReason());
            }
        }
    }
}
