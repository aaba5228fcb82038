package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.TempFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The whole way a user takes: a journal file exported, and the export imported into a new, empty journal
 * file, which then holds exactly what the first one held, in both formats.
 */
class JournalRoundTripPropertyTest {

    private final Exchange exchange = new Exchange(new Messages(Locale.ENGLISH));
    private Path folder;

    @BeforeTry
    void createFolder() throws IOException {
        folder = TempFolder.create("journal-round-trip");
    }

    @AfterTry
    void deleteFolder() throws IOException {
        TempFolder.delete(folder);
    }

    @Provide
    Arbitrary<JournalContent> contents() {
        return ContentArbitraries.contents();
    }

    @Property(tries = 200)
    void aJournalExportedAsCsvAndImportedIntoAnEmptyOneIsTheSame(@ForAll("contents") JournalContent content)
            throws Exception {
        roundTrip(content, folder.resolve("export"), ExchangeFormat.CSV);
    }

    @Property(tries = 200)
    void aJournalExportedAsJsonAndImportedIntoAnEmptyOneIsTheSame(@ForAll("contents") JournalContent content)
            throws Exception {
        roundTrip(content, folder.resolve("export.json"), ExchangeFormat.JSON);
    }

    private void roundTrip(JournalContent content, Path target, ExchangeFormat format) throws Exception {
        JournalContent original;
        try (Journal journal = Journal.open(folder.resolve("original.db"), Database.Mode.CREATE)) {
            journal.add(content);
            original = journal.content();
            exchange.write(original, target, format, false);
        }

        JournalContent copy;
        try (Journal empty = Journal.open(folder.resolve("copy.db"), Database.Mode.CREATE)) {
            ImportResult read = exchange.read(target, empty.settings().defaultCurrency());
            assertThat(read.problems()).isEmpty();
            empty.add(read.content());
            copy = empty.content();
        }

        if (format == ExchangeFormat.JSON) {
            // a CSV pair has no place for it: each of its prospects names its currency instead
            assertThat(copy.defaultCurrency()).isEqualTo(original.defaultCurrency());
        }
        assertThat(copy.prospects()).hasSameSizeAs(original.prospects());
        for (int i = 0; i < original.prospects().size(); i++) {
            JournalContent.Entry expected = original.prospects().get(i);
            JournalContent.Entry actual = copy.prospects().get(i);
            assertThat(actual.prospect()).isEqualTo(expected.prospect());
            // event ids are the journal's own; everything else, same-date order included, is kept
            assertThat(actual.events().stream().map(e -> e.withId(0)).toList())
                    .isEqualTo(expected.events().stream().map(e -> e.withId(0)).toList());
        }
    }
}
