package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.testing.TempFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a journal holds comes back unchanged through either format, and an export of what was imported
 * is byte for byte the first export.
 */
class RoundTripPropertyTest {

    private static final Currency OTHER_DEFAULT = Currency.getInstance("SEK");

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final CsvExchange csv = new CsvExchange(messages);
    private final JsonExchange json = new JsonExchange(messages);
    private Path folder;

    @BeforeTry
    void createFolder() throws IOException {
        folder = TempFolder.create("exchange-round-trip");
    }

    @AfterTry
    void deleteFolder() throws IOException {
        TempFolder.delete(folder);
    }

    @Provide
    Arbitrary<JournalContent> contents() {
        return ContentArbitraries.contents();
    }

    @Property(tries = 400)
    void csvGivesBackWhatItWasGiven(@ForAll("contents") JournalContent content) throws IOException {
        csv.write(content, folder.resolve("first"), false);

        ImportResult read = csv.read(folder.resolve("first"), content.defaultCurrency());

        assertThat(read.problems()).isEmpty();
        assertThat(read.content()).isEqualTo(content);
        csv.write(read.content(), folder.resolve("second"), false);
        for (String file : new String[] {CsvExchange.PROSPECTS_FILE, CsvExchange.EVENTS_FILE}) {
            assertThat(Files.readAllBytes(folder.resolve("second").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(folder.resolve("first").resolve(file)));
        }
        collectStatistics(content);
    }

    @Property(tries = 400)
    void jsonGivesBackWhatItWasGiven(@ForAll("contents") JournalContent content) throws IOException {
        Path first = folder.resolve("first.json");
        json.write(content, first, false);

        ImportResult read = json.read(first, OTHER_DEFAULT);

        assertThat(read.problems()).isEmpty();
        assertThat(read.content()).isEqualTo(content);
        Path second = folder.resolve("second.json");
        json.write(read.content(), second, false);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        collectStatistics(content);
    }

    /** Make sure the contents are varied enough for the properties to be able to fail. */
    private static void collectStatistics(JournalContent content) {
        Stream<Event> events = content.prospects().stream().flatMap(entry -> entry.events().stream());
        String everything = content.prospects().toString();
        Statistics.label("has events").collect(content.eventCount() > 0);
        Statistics.label("has a closed deal").collect(content.prospects().stream()
                .anyMatch(entry -> entry.prospect().status() != ProspectStatus.OPEN));
        Statistics.label("has two events on one date").collect(content.prospects().stream().anyMatch(entry ->
                entry.events().stream().map(Event::date).distinct().count() < entry.events().size()));
        Statistics.label("has a line break in a text").collect(everything.contains("\n") || everything.contains("\r"));
        Statistics.label("has formula-looking text").collect(everything.contains("=") || everything.contains("@"));
        Statistics.label("has every event type").collect(events.map(Event::type).distinct().count() == 4);

        Statistics.label("has events").coverage(c -> c.check(true).percentage(p -> p >= 30));
        Statistics.label("has a closed deal").coverage(c -> c.check(true).percentage(p -> p >= 30));
        Statistics.label("has two events on one date").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("has a line break in a text").coverage(c -> c.check(true).percentage(p -> p >= 30));
        Statistics.label("has formula-looking text").coverage(c -> c.check(true).percentage(p -> p >= 30));
        Statistics.label("has every event type").coverage(c -> c.check(true).percentage(p -> p >= 5));
    }
}
