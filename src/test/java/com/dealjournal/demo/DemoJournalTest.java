package com.dealjournal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo journal made in German reads German: the same journal as in English, in other words. */
class DemoJournalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private record Content(List<Prospect> prospects, List<Event> events) {
    }

    private Content demo(String name, Messages messages) throws Exception {
        try (Journal journal = Journal.open(dir.resolve(name), Database.Mode.CREATE)) {
            new DemoJournal(42, TODAY, messages).writeInto(journal, 60);
            return new Content(journal.prospects().findAll(), journal.events().findAll());
        }
    }

    private static List<String> words(Content content) {
        return Stream.concat(content.prospects().stream().map(Prospect::source),
                        content.events().stream().flatMap(e -> Stream.of(e.note(), tradedFor(e))))
                .filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String tradedFor(Event event) {
        return switch (event) {
            case Event.Discount d -> d.tradedFor();
            case Event.Scope s -> s.tradedFor();
            default -> null;
        };
    }

    @Test
    void aGermanDemoJournalHasGermanSourcesNotesAndTradesAndOtherwiseTheSameContent() throws Exception {
        Content english = demo("en.db", new Messages(Locale.ENGLISH));
        Content german = demo("de.db", new Messages(Locale.GERMAN));

        assertThat(words(german)).contains("Empfehlung", "Messe", "Vorauszahlung", "weniger Leistung",
                "Überarbeitetes Angebot geschickt.");
        assertThat(words(german)).doesNotContain("Referral", "Fair", "prepayment", "less scope",
                "Sent the revised proposal.");
        assertThat(words(english)).contains("Referral", "prepayment", "Sent the revised proposal.");
        Function<Prospect, List<Object>> shape = p -> List.of(p.name(), p.status(), p.listPrice(),
                Objects.toString(p.finalPrice()), Objects.toString(p.closedOn()));
        assertThat(german.prospects()).extracting(shape::apply)
                .containsExactlyElementsOf(english.prospects().stream().map(shape).toList());
        assertThat(german.events()).extracting(e -> e.type() + " " + e.date())
                .containsExactlyElementsOf(english.events().stream().map(e -> e.type() + " " + e.date()).toList());
    }
}
