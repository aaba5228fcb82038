package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.EUR;
import static com.dealjournal.store.StoreFixtures.assertSameValuesInOrder;
import static com.dealjournal.store.StoreFixtures.rawReadOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import into a journal without events builds the events' indexes after the rows: on real files,
 * the journal afterwards has the very indexes a new journal has, passes SQLite's checks and holds exactly
 * what was imported; an import that fails leaves the indexes and no rows.
 */
class BulkLoadTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path dir;

    /** A demo decade of 120 prospects, some 2,400 events: more than one statement's worth of rows. */
    private JournalContent demo;
    /** The schema's SQL of every index, as a new journal has them. */
    private Map<String, String> newJournalIndexes;

    @BeforeEach
    void makeContent() throws Exception {
        Path source = dir.resolve("demo.db");
        try (Journal journal = Journal.open(source, Database.Mode.CREATE)) {
            DemoJournal.decade(3, DAY).writeInto(journal, 120);
            demo = journal.content();
        }
        assertThat(demo.eventCount()).isGreaterThan(1_000);
        Path fresh = dir.resolve("fresh.db");
        Journal.open(fresh, Database.Mode.CREATE).close();
        newJournalIndexes = indexes(fresh);
        assertThat(newJournalIndexes).containsKeys("events_by_prospect", "events_by_type_date");
    }

    @Test
    void anImportIntoAnEmptyJournalLeavesItWithItsIndexesSoundAndHoldingExactlyTheImport() throws Exception {
        Path file = dir.resolve("empty.db");
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            journal.add(demo);
        }
        assertThat(indexes(file)).isEqualTo(newJournalIndexes);
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            assertThat(journal.check()).isEmpty();
            assertSameContent(journal.content(), demo);
        }
        assertThat(pragma(file, "integrity_check")).isEqualTo("ok");
    }

    @Test
    void theIndexesAnswerQueriesAfterTheImport() throws Exception {
        Path file = dir.resolve("empty.db");
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            journal.add(demo);
            JournalContent.Entry third = demo.prospects().get(2);
            assertSameValuesInOrder(journal.events().findByProspect(3).stream()
                    .map(e -> e.withId(0).withProspectId(0)).toList(),
                    third.events().stream().map(e -> e.withId(0).withProspectId(0)).toList());
        }
        try (Connection c = rawReadOnly(file); Statement s = c.createStatement();
             ResultSet plan = s.executeQuery("EXPLAIN QUERY PLAN SELECT date FROM events WHERE prospect_id = 3")) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString("detail")).contains("events_by_prospect");
        }
    }

    @Test
    void aFailingImportIntoAnEmptyJournalLeavesItsIndexesAndNoRows() throws Exception {
        Path file = dir.resolve("empty.db");
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            assertThatThrownBy(() -> journal.add(withBrokenLastEvent(demo))).isInstanceOf(ValidationException.class);
            assertThat(journal.prospects().count()).isZero();
            assertThat(journal.events().count()).isZero();
        }
        assertThat(indexes(file)).isEqualTo(newJournalIndexes);
        assertThat(pragma(file, "integrity_check")).isEqualTo("ok");
    }

    @Test
    void aFailingImportInsideALargerTransactionIsUndoneWhileTheRestIsKept() throws Exception {
        Path file = dir.resolve("empty.db");
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            journal.inOneTransaction(() -> {
                journal.prospects().insert(Prospect.named("Kept", EUR));
                assertThatThrownBy(() -> journal.add(withBrokenLastEvent(demo)))
                        .isInstanceOf(ValidationException.class);
                return null;
            });
            assertThat(journal.prospects().findAll()).extracting(Prospect::name).containsExactly("Kept");
            assertThat(journal.events().count()).isZero();
        }
        assertThat(indexes(file)).isEqualTo(newJournalIndexes);
    }

    @Test
    void anImportBesideEventsKeepsTheIndexesAndAddsAfterWhatIsThere() throws Exception {
        Path file = dir.resolve("empty.db");
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            journal.add(demo);
            journal.add(demo);
            JournalContent both = journal.content();
            assertThat(both.prospects()).hasSize(2 * demo.prospects().size());
            assertSameContent(new JournalContent(EUR, both.prospects().subList(demo.prospects().size(),
                    both.prospects().size())), demo);
        }
        assertThat(indexes(file)).isEqualTo(newJournalIndexes);
        assertThat(pragma(file, "integrity_check")).isEqualTo("ok");
    }

    @Test
    void theConnectionGetsItsPageCacheBackAfterAnImportAndAfterAFailedOne() throws Exception {
        try (Database database = Database.open(dir.resolve("empty.db"), Database.Mode.CREATE)) {
            int before = cacheSize(database);
            assertThat(before).isNotEqualTo(-BulkLoad.CACHE_KIB);
            database.write(c -> {
                ContentTransfer.write(c, demo);
                return null;
            });
            assertThat(cacheSize(database)).isEqualTo(before);
            assertThatThrownBy(() -> database.write(c -> {
                ContentTransfer.write(c, withBrokenLastEvent(demo));
                return null;
            })).isInstanceOf(ValidationException.class);
            assertThat(cacheSize(database)).isEqualTo(before);
        }
    }

    private static int cacheSize(Database database) {
        return database.read(c -> Sql.integer(c, "PRAGMA cache_size"));
    }

    /** The content with a note without text as the very last event, which the store refuses. */
    private static JournalContent withBrokenLastEvent(JournalContent content) {
        List<JournalContent.Entry> entries = new ArrayList<>(content.prospects());
        JournalContent.Entry last = entries.removeLast();
        List<Event> events = new ArrayList<>(last.events());
        events.add(new Event.Note(0, 0, DAY, null));
        entries.add(new JournalContent.Entry(last.key(), last.prospect(), events));
        return new JournalContent(content.defaultCurrency(), entries);
    }

    /** The same prospects in the same order, each with the same events in the same order, ids aside. */
    private static void assertSameContent(JournalContent actual, JournalContent expected) {
        assertThat(actual.prospects()).hasSameSizeAs(expected.prospects());
        for (int i = 0; i < expected.prospects().size(); i++) {
            JournalContent.Entry a = actual.prospects().get(i);
            JournalContent.Entry e = expected.prospects().get(i);
            StoreFixtures.assertSameValues(a.prospect().withId(0), e.prospect().withId(0));
            assertSameValuesInOrder(a.events().stream().map(x -> x.withId(0).withProspectId(0)).toList(),
                    e.events().stream().map(x -> x.withId(0).withProspectId(0)).toList());
        }
    }

    private static Map<String, String> indexes(Path file) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Connection c = rawReadOnly(file); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")) {
            while (rows.next()) {
                indexes.put(rows.getString(1), rows.getString(2));
            }
        }
        return indexes;
    }

    private static String pragma(Path file, String pragma) throws SQLException {
        try (Connection c = rawReadOnly(file)) {
            return StoreFixtures.queryString(c, "PRAGMA " + pragma);
        }
    }
}
