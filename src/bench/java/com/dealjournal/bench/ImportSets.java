package com.dealjournal.bench;

import com.dealjournal.exchange.CsvExchange;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV pairs (prospects.csv, events.csv) the import figure reads, exported once from the benchmark's
 * journals into the work folder: {@code p1000}, {@code p10000} and {@code p100000} hold a whole journal;
 * {@code e100000} the first prospects of the 10,000-prospect journal that hold 100,000 events together.
 */
public final class ImportSets {

    public static final String[] NAMES = {"p1000", "e100000", "p10000", "p100000"};

    private final BenchJournals journals;

    public ImportSets(BenchJournals journals) {
        this.journals = journals;
    }

    /** The folder of a set, exported first if it is not there yet. */
    public Path folder(String name) throws Exception {
        Path folder = journals.work().resolve("import-" + name + "-v" + com.dealjournal.store.Migrations.LATEST
                + "-g" + BenchJournals.GENERATOR);
        if (Files.exists(folder.resolve(CsvExchange.EVENTS_FILE))) {
            return folder;
        }
        int prospects = name.equals("e100000") ? 10_000 : Integer.parseInt(name.substring(1));
        try (Journal journal = Journal.open(journals.journal(prospects), Database.Mode.READ_ONLY)) {
            JournalContent content = journal.content();
            if (name.equals("e100000")) {
                List<JournalContent.Entry> first = new ArrayList<>();
                int events = 0;
                for (JournalContent.Entry entry : content.prospects()) {
                    if (events >= 100_000) {
                        break;
                    }
                    int take = Math.min(entry.events().size(), 100_000 - events);
                    first.add(new JournalContent.Entry(entry.key(), entry.prospect(), entry.events().subList(0, take)));
                    events += take;
                }
                content = new JournalContent(content.defaultCurrency(), first);
            }
            new CsvExchange(new Messages(Locale.ENGLISH)).write(content, folder, true);
        }
        return folder;
    }

    /** How many data lines a CSV file has (its lines but the header). */
    public static long rows(Path csv) throws Exception {
        try (var lines = Files.lines(csv)) {
            return lines.count() - 1;
        }
    }
}
