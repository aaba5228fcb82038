package com.dealjournal.app;

import com.dealjournal.model.Chase;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.review.EyeLevelMetrics;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deal-journal report --month YYYY-MM [--db FILE] [--chase-limit N] [--json]}: the eye-level
 * figures of one month, read-only, as a table or as exactly one JSON object.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Prints the eye-level figures of one month (see the README for their definitions)."
                + " Opens the journal read-only.")
final class ReportCommand implements Callable<Integer> {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final Cli.Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JournalOption journalOption;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, converter = MonthConverter.class,
            description = "The calendar month, such as 2026-10.")
    private YearMonth month;

    @Option(names = "--chase-limit", paramLabel = "N",
            description = "Follow-ups in a row without an answer before the next one counts as excess, 0-20;"
                    + " default: the journal's setting (2 unless changed in Settings).")
    private Integer chaseLimit;

    @Option(names = "--json", description = "Print exactly one JSON object instead of a table.")
    private boolean json;

    ReportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (chaseLimit != null && (chaseLimit < Chase.MIN_LIMIT || chaseLimit > Chase.MAX_LIMIT)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--chase-limit must be from "
                    + Chase.MIN_LIMIT + " to " + Chase.MAX_LIMIT + ", not " + chaseLimit);
        }
        Path file = journalOption.choose(context.location());
        MonthlyFigures figures;
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            int limit = chaseLimit != null ? chaseLimit : journal.settings().chaseLimit();
            figures = EyeLevelMetrics.of(journal.review().months(month, month, limit).getFirst(), limit);
        } catch (JournalOpenException e) {
            return InfoCommand.report(context, e);
        }
        PrintWriter out = context.out();
        out.println(json ? json(figures) : table(figures));
        out.flush();
        return Cli.OK;
    }

    /** The figures as one JSON object, keys in the documented order, money as strings with two decimals. */
    static String json(MonthlyFigures f) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("month", f.month().toString());
        root.put("chaseLimit", f.chaseLimit());
        root.put("requests", f.requests());
        root.put("held", f.held());
        root.put("traded", f.traded());
        root.put("conceded", f.conceded());
        root.put("followUps", f.followUps());
        root.put("excessFollowUps", f.excessFollowUps());
        root.put("gaveGround", f.gaveGround());
        if (f.eyeLevelScore() == null) {
            root.putNull("eyeLevelScore");
        } else {
            root.put("eyeLevelScore", f.eyeLevelScore());
        }
        ObjectNode money = root.putObject("concededMoney");
        f.concededMoney().forEach((code, amount) -> money.put(code, amount.setScale(2).toPlainString()));
        ObjectNode closed = root.putObject("closed");
        for (ProspectStatus status : new ProspectStatus[] {
            ProspectStatus.WON, ProspectStatus.LOST, ProspectStatus.DECLINED, ProspectStatus.STALLED}) {
            closed.put(status.name(), f.closed().getOrDefault(status, 0));
        }
        return root.toString();
    }

    /** The same figures as a readable table. */
    static String table(MonthlyFigures f) {
        StringBuilder text = new StringBuilder();
        line(text, "Month", f.month().toString());
        line(text, "Chase limit", Integer.toString(f.chaseLimit()));
        line(text, "Eye-level score", f.eyeLevelScore() == null ? "no data" : f.eyeLevelScore().toString());
        line(text, "Requests", Integer.toString(f.requests()));
        line(text, "  held", Integer.toString(f.held()));
        line(text, "  traded", Integer.toString(f.traded()));
        line(text, "  conceded", Integer.toString(f.conceded()));
        line(text, "Follow-ups", Integer.toString(f.followUps()));
        line(text, "  excess", Integer.toString(f.excessFollowUps()));
        line(text, "Gave ground", Integer.toString(f.gaveGround()));
        if (f.concededMoney().isEmpty()) {
            line(text, "Money conceded", "none");
        }
        for (Map.Entry<String, java.math.BigDecimal> entry : f.concededMoney().entrySet()) {
            line(text, "Money conceded", entry.getKey() + " " + entry.getValue().setScale(2).toPlainString());
        }
        line(text, "Closed", "won " + f.closed().get(ProspectStatus.WON) + ", lost " + f.closed().get(ProspectStatus.LOST)
                + ", declined " + f.closed().get(ProspectStatus.DECLINED) + ", stalled "
                + f.closed().get(ProspectStatus.STALLED));
        return text.toString().stripTrailing();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-17s %s%n", label, value));
    }

    /** Reads {@code YYYY-MM} and nothing else: 2026-1, 2026-13 and 26-01 are refused. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            if (!MONTH.matcher(value).matches()) {
                throw new CommandLine.TypeConversionException(
                        "the month must be written YYYY-MM, such as 2026-10, not '" + value + "'");
            }
            return YearMonth.parse(value);
        }
    }
}
