package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.makeJournal;
import static com.dealjournal.store.StoreFixtures.named;
import static com.dealjournal.store.StoreFixtures.queryLong;
import static com.dealjournal.store.StoreFixtures.siblings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two large reads side by side ({@link Database#readTogether}), as the review reads its months and its range:
 * on real journal files, with the second half on a connection and thread of its own.
 */
class ReadTogetherTest {

    @TempDir
    Path dir;

    /** What one half saw: the prospects it counted, and where it ran. */
    private record Half(long prospects, String thread, Connection connection) {
    }

    private static SqlWork<Half> counting(CyclicBarrier meeting) {
        return c -> {
            if (meeting != null) {
                try {
                    meeting.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other half did not run at the same time", e);
                }
            }
            return new Half(queryLong(c, "SELECT count(*) FROM prospects"), Thread.currentThread().getName(), c);
        };
    }

    private static List<Half> countBoth(Database db) {
        return db.readTogether(counting(null), counting(null), List::of);
    }

    @Test
    void bothHalvesRunAtOnceOnTwoConnectionsAndReadTheSameJournal() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            ProspectRepository prospects = new ProspectRepository(db);
            prospects.insert(named("Acme"));
            prospects.insert(named("Beta"));
            // each half waits for the other: one after the other, the first would wait in vain
            CyclicBarrier meeting = new CyclicBarrier(2);

            List<Half> halves = db.readTogether(counting(meeting), counting(meeting), List::of);

            assertThat(halves).extracting(Half::prospects).containsExactly(2L, 2L);
            assertThat(halves.get(0).thread()).isEqualTo(Thread.currentThread().getName());
            assertThat(halves.get(1).thread()).isEqualTo("deal-journal-reader");
            assertThat(halves.get(1).connection()).isNotSameAs(halves.get(0).connection());
            assertThat(halves.get(1).connection().isReadOnly()).as("the second connection only reads").isTrue();
        }
    }

    @Test
    void theSecondConnectionSeesEveryWriteCommittedSinceItsLastRead() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            ProspectRepository prospects = new ProspectRepository(db);
            prospects.insert(named("Acme"));
            assertThat(countBoth(db))
                    .extracting(Half::prospects).containsExactly(1L, 1L);

            prospects.insert(named("Beta"));
            prospects.delete(prospects.findAll().getFirst().id());
            prospects.insert(named("Gamma"));

            assertThat(countBoth(db))
                    .extracting(Half::prospects).containsExactly(2L, 2L);
        }
    }

    @Test
    void insideAWriteBothHalvesRunOnItsConnectionAndSeeWhatItHasNotCommittedYet() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            List<Half> halves = db.write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO prospects (name, currency) VALUES ('Uncommitted', 'EUR')");
                }
                return db.readTogether(counting(null), counting(null), List::of);
            });

            assertThat(halves).extracting(Half::prospects).containsExactly(1L, 1L);
            assertThat(halves).extracting(Half::thread).containsOnly(Thread.currentThread().getName());
        }
    }

    @Test
    void aJournalOpenedReadOnlyReadsBothHalvesOnItsOneConnectionAndCreatesNothing() throws Exception {
        Path file = dir.resolve("journal.db");
        makeJournal(file);
        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            List<Half> halves = db.readTogether(counting(null), counting(null), List::of);

            assertThat(halves).extracting(Half::prospects).containsExactly(1L, 1L);
            assertThat(halves).extracting(Half::thread).containsOnly(Thread.currentThread().getName());
            assertThat(halves.get(1).connection()).isSameAs(halves.get(0).connection());
        }
        assertThat(siblings(file)).isEmpty();
    }

    @Test
    void aFailingHalfIsReportedAndTheJournalStaysUsable() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            ProspectRepository prospects = new ProspectRepository(db);
            prospects.insert(named("Acme"));
            IllegalStateException boom = new IllegalStateException("boom");

            assertThatThrownBy(() -> db.readTogether(counting(null),
                    c -> queryLong(c, "SELECT count(*) FROM no_such_table"), List::of))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("no_such_table");
            assertThatThrownBy(() -> db.readTogether(c -> {
                throw boom;
            }, counting(null), List::of)).isSameAs(boom);
            assertThatThrownBy(() -> db.readTogether(c -> {
                throw new SQLException("the disk is gone");
            }, counting(null), List::of)).isInstanceOf(StoreException.class).hasMessageContaining("the disk is gone");

            prospects.insert(named("Beta"));
            assertThat(countBoth(db))
                    .extracting(Half::prospects).containsExactly(2L, 2L);
        }
    }

    @Test
    void anInterruptedReaderStillWaitsForTheSecondHalfBeforeItLetsTheJournalGo() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            new ProspectRepository(db).insert(named("Acme"));
            java.util.concurrent.atomic.AtomicBoolean secondDone = new java.util.concurrent.atomic.AtomicBoolean();

            List<Half> halves = db.readTogether(c -> {
                Thread.currentThread().interrupt(); // as when the window gives up waiting for a read
                return counting(null).run(c);
            }, c -> {
                long until = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < until) {
                    java.util.concurrent.locks.LockSupport.parkNanos(until - System.nanoTime());
                }
                Half half = counting(null).run(c);
                secondDone.set(true);
                return half;
            }, List::of);

            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            assertThat(secondDone).as("the second half had finished when the read returned").isTrue();
            assertThat(halves).extracting(Half::prospects).containsExactly(1L, 1L);
            assertThat(countBoth(db)).extracting(Half::prospects).containsExactly(1L, 1L);
        }
    }

    @Test
    void closingTheJournalClosesBothConnectionsAndLeavesNothingBesideTheFile() throws Exception {
        Path file = dir.resolve("journal.db");
        Half second;
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            new ProspectRepository(db).insert(named("Acme"));
            second = db.readTogether(counting(null), counting(null), (a, b) -> b);
        }

        assertThat(second.connection().isClosed()).isTrue();
        assertThat(siblings(file)).as("no write-ahead log or lock left beside the journal").isEmpty();
    }
}
