package com.dealjournal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome page's demo journal: beside the own journal, made once, whole, and from the fixed seed. */
class DemoFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private static String everything(Path file) throws Exception {
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            return journal.prospects().findAll() + "\n" + journal.events().findAll();
        }
    }

    @Test
    void itLivesBesideTheOwnJournal() {
        assertThat(DemoFile.beside(dir.resolve("data").resolve("journal.db")))
                .isEqualTo(dir.resolve("data").resolve("demo-journal.db").toAbsolutePath());
    }

    @Test
    void aMissingDemoIsMadeFromTheFixedSeedAndMarkedAsADemo() throws Exception {
        Path demo = DemoFile.beside(dir.resolve("journal.db"));
        Path reference = dir.resolve("reference.db");
        try (Journal journal = Journal.open(reference, Database.Mode.CREATE)) {
            new DemoJournal(DemoFile.SEED, TODAY).writeInto(journal, DemoFile.PROSPECTS);
        }

        assertThat(DemoFile.makeIfMissing(demo, TODAY, new com.dealjournal.i18n.Messages(Locale.ENGLISH))).isTrue();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("nothing left of the making").containsExactlyInAnyOrder("demo-journal.db", "reference.db");
        }
        assertThat(everything(demo)).isEqualTo(everything(reference));
        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM prospects")).isEqualTo(DemoFile.PROSPECTS);
        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM settings WHERE key = 'demo'")).isEqualTo(1);
    }

    @Test
    void aGermanDemoIsTheSameYearWithItsWordsInGerman() throws Exception {
        Path english = dir.resolve("en").resolve(DemoFile.FILE_NAME);
        Path german = dir.resolve("de").resolve(DemoFile.FILE_NAME);
        DemoFile.makeIfMissing(english, TODAY, new com.dealjournal.i18n.Messages(Locale.ENGLISH));
        DemoFile.makeIfMissing(german, TODAY, new com.dealjournal.i18n.Messages(Locale.GERMAN));

        try (Journal en = Journal.open(english, Database.Mode.READ_ONLY);
             Journal de = Journal.open(german, Database.Mode.READ_ONLY)) {
            assertThat(shape(de)).isEqualTo(shape(en));
            assertThat(de.prospects().findAll()).extracting(Prospect::source).contains("Empfehlung")
                    .doesNotContain("Referral");
            assertThat(notes(de)).contains("Überarbeitetes Angebot geschickt.")
                    .doesNotContain("Sent the revised proposal.");
            assertThat(notes(en)).contains("Sent the revised proposal.");
        }
    }

    /** Everything but the words: who, what happened when, and how it ended. */
    private static List<String> shape(Journal journal) {
        List<String> shape = new ArrayList<>();
        journal.prospects().findAll().forEach(p -> shape.add(p.name() + " " + p.company() + " " + p.status() + " "
                + p.closedOn() + " " + p.listPrice() + " " + p.finalPrice()));
        journal.events().findAll().forEach(e -> shape.add(e.prospectId() + " " + e.type() + " " + e.date()));
        return shape;
    }

    private static List<String> notes(Journal journal) {
        return journal.events().findAll().stream().filter(e -> e instanceof Event.Note)
                .map(e -> ((Event.Note) e).note()).toList();
    }

    @Test
    void anExistingDemoIsLeftAsItIsWithWhatTheUserDidInIt() throws Exception {
        Path demo = DemoFile.beside(dir.resolve("journal.db"));
        DemoFile.makeIfMissing(demo, TODAY, new com.dealjournal.i18n.Messages(Locale.ENGLISH));
        JournalFiles.sql(demo, "DELETE FROM events");
        byte[] before = Files.readAllBytes(demo);

        assertThat(DemoFile.makeIfMissing(demo, TODAY.plusDays(3), new com.dealjournal.i18n.Messages(Locale.ENGLISH))).isFalse();

        assertThat(Files.readAllBytes(demo)).isEqualTo(before);
    }

    @Test
    void whatACrashLeftWhileMakingItIsReplaced() throws Exception {
        Path demo = DemoFile.beside(dir.resolve("journal.db"));
        Path half = dir.resolve(".demo-journal.db.making");
        Files.writeString(half, "half a journal");

        assertThat(DemoFile.makeIfMissing(demo, TODAY, new com.dealjournal.i18n.Messages(Locale.ENGLISH))).isTrue();

        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM prospects")).isEqualTo(DemoFile.PROSPECTS);
        assertThat(half).doesNotExist();
    }
}
