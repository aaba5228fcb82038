package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.EUR;
import static com.dealjournal.store.StoreFixtures.assertSameValues;
import static com.dealjournal.store.StoreFixtures.assertSameValuesInOrder;
import static com.dealjournal.store.StoreFixtures.fullProspect;
import static com.dealjournal.store.StoreFixtures.longText;
import static com.dealjournal.store.StoreFixtures.named;
import static com.dealjournal.store.StoreFixtures.rowCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.model.Limits;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Response;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.Violation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProspectRepositoryTest {

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private ProspectRepository prospects;
    private EventRepository events;

    @BeforeEach
    void open() throws JournalOpenException {
        file = dir.resolve("journal.db");
        db = Database.open(file, Database.Mode.CREATE);
        prospects = new ProspectRepository(db);
        events = new EventRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Closes and opens the file again, so that what is read next comes from the disk. */
    private void reopen() throws JournalOpenException {
        db.close();
        db = Database.open(file, Database.Mode.EXISTING);
        prospects = new ProspectRepository(db);
        events = new EventRepository(db);
    }

    @ParameterizedTest
    @EnumSource(ProspectStatus.class)
    void everyFieldOfAProspectComesBackAsSaved(ProspectStatus status) throws Exception {
        Prospect prospect = fullProspect(status);
        assertThat(prospect.validate()).as("precondition: the fixture is valid").isEmpty();

        Prospect saved = prospects.insert(prospect);

        assertThat(saved.id()).isPositive();
        Prospect expected = prospect.withId(saved.id());
        assertSameValues(saved, expected);
        assertSameValues(prospects.find(saved.id()).orElseThrow(), expected);
        assertSameValuesInOrder(prospects.findAll(), List.of(expected));

        reopen();
        Prospect read = prospects.find(saved.id()).orElseThrow();
        assertSameValues(read, expected);
        assertThat(read.name()).isEqualTo("Müller & Söhne 日本 😀");
        assertThat(read.notes()).isEqualTo(prospect.notes()).contains("\r\n", "\n", "😀");
        assertThat(read.notes().codePointCount(0, read.notes().length())).isEqualTo(Limits.LONG_TEXT);
        assertThat(read.status()).isEqualTo(status);
        assertThat(read.closedOn()).isEqualTo(status.isClosed() ? LocalDate.of(2025, 3, 31) : null);
    }

    @Test
    void amountsKeepTheirCentsAndComeBackWithTwoDecimals() throws Exception {
        Prospect prospect = new Prospect(0, "Cents", null, null, null, null, ProspectStatus.WON,
                LocalDate.of(2025, 6, 1), EUR, new BigDecimal("1234.56"), new BigDecimal("12.5"),
                new BigDecimal("0.01"), null, null);
        long id = prospects.insert(prospect).id();
        reopen();

        Prospect read = prospects.find(id).orElseThrow();

        assertThat(read.listPrice()).isEqualByComparingTo("1234.56");
        assertThat(read.listPrice().toPlainString()).isEqualTo("1234.56");
        assertThat(read.walkAwayPrice().toPlainString()).isEqualTo("12.50");
        assertThat(read.finalPrice().toPlainString()).isEqualTo("0.01");
    }

    @Test
    void boundaryValuesSurvive() throws Exception {
        Prospect highest = new Prospect(0, "x".repeat(Limits.SHORT_TEXT), "c".repeat(Limits.SHORT_TEXT), "", "",
                Limits.EARLIEST_DATE, ProspectStatus.WON, Limits.LATEST_DATE, Currency.getInstance("JPY"),
                Limits.MAX_AMOUNT, BigDecimal.ZERO, Limits.MAX_AMOUNT, Limits.MAX_GUT_FEELING, "");
        Prospect lowest = new Prospect(0, "y", null, null, null, Limits.LATEST_DATE, ProspectStatus.LOST,
                Limits.EARLIEST_DATE, Currency.getInstance("CHF"), new BigDecimal("0.01"), new BigDecimal("0.00"),
                null, Limits.MIN_GUT_FEELING, null);
        long highId = prospects.insert(highest).id();
        long lowId = prospects.insert(lowest).id();
        reopen();

        assertSameValues(prospects.find(highId).orElseThrow(), highest.withId(highId));
        assertSameValues(prospects.find(lowId).orElseThrow(), lowest.withId(lowId));
        assertThat(prospects.find(highId).orElseThrow().listPrice().toPlainString()).isEqualTo("999999999.99");
    }

    @Test
    void emptyOptionalFieldsStayEmptyInsteadOfBecomingZeroOrBlank() throws Exception {
        long id = prospects.insert(named("Only a name")).id();
        reopen();

        Prospect read = prospects.find(id).orElseThrow();

        assertSameValues(read, named("Only a name").withId(id));
        assertThat(read.listPrice()).isNull();
        assertThat(read.walkAwayPrice()).isNull();
        assertThat(read.finalPrice()).isNull();
        assertThat(read.gutFeeling()).isNull();
        assertThat(read.company()).isNull();
        assertThat(read.firstContact()).isNull();
        assertThat(read.notes()).isNull();
        assertThat(read.status()).isEqualTo(ProspectStatus.OPEN);
    }

    @Test
    void eachInsertGetsItsOwnId() {
        long first = prospects.insert(named("First")).id();
        long second = prospects.insert(named("Second")).id();

        assertThat(second).isNotEqualTo(first);
        assertThat(prospects.find(first).orElseThrow().name()).isEqualTo("First");
        assertThat(prospects.find(second).orElseThrow().name()).isEqualTo("Second");
        assertThat(prospects.count()).isEqualTo(2);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        prospects.insert(named("Somebody"));

        assertThat(prospects.find(999_999)).isEmpty();
    }

    @Test
    void findAllListsEveryProspectByNameIgnoringCaseThenInTheOrderTheyWereAdded() {
        Prospect beta = prospects.insert(named("beta"));
        Prospect alphaUpper = prospects.insert(named("Alpha"));
        Prospect gamma = prospects.insert(named("Gamma"));
        Prospect alphaLower = prospects.insert(named("alpha"));

        assertSameValuesInOrder(prospects.findAll(), List.of(alphaUpper, alphaLower, beta, gamma));
    }

    @Test
    void findAllOfAnEmptyJournalIsEmpty() {
        assertThat(prospects.findAll()).isEmpty();
        assertThat(prospects.count()).isZero();
    }

    @Test
    void updateReplacesEveryFieldAndLeavesOtherProspectsAlone() throws Exception {
        Prospect original = prospects.insert(fullProspect(ProspectStatus.OPEN));
        Prospect other = prospects.insert(fullProspect(ProspectStatus.LOST));
        Prospect changed = new Prospect(original.id(), "Neuer Name ✓", "Other Co", "Eve", "Fair",
                LocalDate.of(2024, 12, 1), ProspectStatus.WON, LocalDate.of(2025, 2, 28),
                Currency.getInstance("USD"), new BigDecimal("2000.10"), new BigDecimal("1500"),
                new BigDecimal("1750.99"), 2, "short note");

        assertThat(prospects.update(changed)).isTrue();
        reopen();

        assertSameValues(prospects.find(original.id()).orElseThrow(), changed);
        assertSameValues(prospects.find(other.id()).orElseThrow(), other);
        assertThat(prospects.count()).isEqualTo(2);
    }

    @Test
    void updateCanClearOptionalFields() {
        Prospect original = prospects.insert(fullProspect(ProspectStatus.WON));
        Prospect cleared = named("Cleared").withId(original.id());

        assertThat(prospects.update(cleared)).isTrue();

        assertSameValues(prospects.find(original.id()).orElseThrow(), cleared);
    }

    @Test
    void updateOfAProspectThatIsGoneReportsItAndWritesNothing() throws Exception {
        Prospect kept = prospects.insert(named("Kept"));
        Prospect gone = prospects.insert(named("Gone"));
        prospects.delete(gone.id());

        assertThat(prospects.update(named("Ghost").withId(gone.id()))).isFalse();

        assertThat(rowCount(file, "prospects")).isEqualTo(1);
        assertThat(prospects.find(gone.id())).isEmpty();
        assertSameValues(prospects.find(kept.id()).orElseThrow(), kept);
    }

    @Test
    void deleteRemovesTheProspectAndOnlyItsEvents() throws Exception {
        Prospect doomed = prospects.insert(fullProspect(ProspectStatus.OPEN));
        Prospect kept = prospects.insert(named("Kept"));
        LocalDate day = LocalDate.of(2025, 5, 5);
        events.insert(new Event.Note(0, doomed.id(), day, "one"));
        events.insert(new Event.Discount(0, doomed.id(), day, new BigDecimal("10"), null, Response.HELD, null,
                null, null));
        Event keptEvent = events.insert(new Event.Note(0, kept.id(), day, "stays"));

        assertThat(prospects.delete(doomed.id())).isTrue();
        reopen();

        assertThat(prospects.find(doomed.id())).isEmpty();
        assertThat(events.findByProspect(doomed.id())).isEmpty();
        assertThat(rowCount(file, "events")).as("events left in the file").isEqualTo(1);
        assertSameValues(prospects.find(kept.id()).orElseThrow(), kept);
        assertSameValuesInOrder(events.findByProspect(kept.id()), List.of(keptEvent));
    }

    @Test
    void deleteOfAnUnknownIdReportsItAndDeletesNothing() throws Exception {
        Prospect kept = prospects.insert(named("Kept"));

        assertThat(prospects.delete(kept.id() + 100)).isFalse();

        assertThat(prospects.delete(kept.id())).isTrue();
        assertThat(prospects.delete(kept.id())).as("second delete of the same id").isFalse();
        assertThat(rowCount(file, "prospects")).isZero();
    }

    static Stream<Arguments> invalidProspects() {
        Prospect ok = named("Valid");
        return Stream.of(
                Arguments.of("blank name", withName(ok, "   "), Field.NAME),
                Arguments.of("missing name", withName(ok, null), Field.NAME),
                Arguments.of("name with a line break", withName(ok, "two\nlines"), Field.NAME),
                Arguments.of("name too long", withName(ok, "n".repeat(Limits.SHORT_TEXT + 1)), Field.NAME),
                Arguments.of("closed without closed-on date", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.LOST, null, EUR, null, null, null, null, null), Field.CLOSED_ON),
                Arguments.of("open with closed-on date", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.OPEN, LocalDate.of(2025, 1, 1), EUR, null, null, null, null, null),
                        Field.CLOSED_ON),
                Arguments.of("final price on a lost deal", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.LOST, LocalDate.of(2025, 1, 1), EUR, null, null, BigDecimal.TEN, null,
                        null), Field.FINAL_PRICE),
                Arguments.of("negative list price", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.OPEN, null, EUR, new BigDecimal("-1"), null, null, null, null),
                        Field.LIST_PRICE),
                Arguments.of("three decimals", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.OPEN, null, EUR, null, new BigDecimal("1.005"), null, null, null),
                        Field.WALK_AWAY_PRICE),
                Arguments.of("amount too large", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.OPEN, null, EUR, new BigDecimal("1000000000.00"), null, null, null, null),
                        Field.LIST_PRICE),
                Arguments.of("gut feeling 6", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.OPEN, null, EUR, null, null, null, 6, null), Field.GUT_FEELING),
                Arguments.of("gut feeling 0", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.OPEN, null, EUR, null, null, null, 0, null), Field.GUT_FEELING),
                Arguments.of("first contact before 1900", new Prospect(0, "X", null, null, null,
                        LocalDate.of(1899, 12, 31), ProspectStatus.OPEN, null, EUR, null, null, null, null, null),
                        Field.FIRST_CONTACT),
                Arguments.of("notes one code point too long", new Prospect(0, "X", null, null, null, null,
                        ProspectStatus.OPEN, null, EUR, null, null, null, null, longText(Limits.LONG_TEXT + 1)),
                        Field.NOTES));
    }

    private static Prospect withName(Prospect p, String name) {
        return new Prospect(p.id(), name, p.company(), p.contact(), p.source(), p.firstContact(), p.status(),
                p.closedOn(), p.currency(), p.listPrice(), p.walkAwayPrice(), p.finalPrice(), p.gutFeeling(),
                p.notes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProspects")
    void anInvalidProspectIsRefusedAndNothingIsWritten(String why, Prospect invalid, String field) throws Exception {
        prospects.insert(named("Already there"));

        assertThatThrownBy(() -> prospects.insert(invalid))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().stream().map(Violation::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains(field);

        assertThat(rowCount(file, "prospects")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProspects")
    void anInvalidUpdateIsRefusedAndTheSavedProspectStaysAsItWas(String why, Prospect invalid, String field)
            throws Exception {
        Prospect saved = prospects.insert(fullProspect(ProspectStatus.WON));

        assertThatThrownBy(() -> prospects.update(invalid.withId(saved.id())))
                .isInstanceOf(ValidationException.class);

        reopen();
        assertSameValues(prospects.find(saved.id()).orElseThrow(), saved);
        assertThat(rowCount(file, "prospects")).isEqualTo(1);
    }
}
