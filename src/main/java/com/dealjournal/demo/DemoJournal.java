package com.dealjournal.demo;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.store.Journal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A realistic year (or decade) of a freelancer's prospects and the pressure moments of their sales conversations,
 * made from a seed: the same seed, count and day always make the same journal. Every row goes through
 * the repositories, so it keeps every rule a journal keeps.
 */
public final class DemoJournal {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CHF = Currency.getInstance("CHF");
    private static final String[] FIRST = {"Anna", "Bernd", "Carla", "David", "Eva", "Felix", "Greta", "Hannes",
        "Ida", "Jonas", "Klara", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rita", "Stefan", "Tina", "Uwe"};
    private static final String[] LAST = {"Schmidt", "Weber", "Diaz", "Olsen", "Becker", "Hoffmann", "Krause",
        "Lehmann", "Meyer", "Neumann", "Richter", "Schulz", "Vogel", "Wolf", "Yilmaz", "Zimmermann"};
    private static final String[] COMPANY = {"Nordlicht", "Südwind", "Kranich", "Fjord", "Lindenblatt", "Hafenkante",
        "Alpenglück", "Bergwerk", "Elbufer", "Morgentau", "Sonnenhof", "Wellenreiter", "Kieselstein", "Ahornweg"};
    private static final String[] FORM = {"GmbH", "AG", "& Co", "Design", "Studio", "e.K.", "KG"};
    /** The made-up words, in the bundle so that a journal made in German reads German. */
    private static final int SOURCES = 6;
    private static final String[] TRADED_FOR = {"log.tradedFor.lessScope", "log.tradedFor.prepayment",
        "log.tradedFor.commitment", "log.tradedFor.referral"};
    private static final int NOTES = 5;

    private final SplittableRandom random;
    private final LocalDate today;
    private final String[] sources = new String[SOURCES];
    private final String[] tradedFor = new String[TRADED_FOR.length];
    private final String[] notes = new String[NOTES];
    private final int years;
    private final int maxMoments;

    /** A journal whose sources, notes and "traded for" are in English. */
    public DemoJournal(long seed, LocalDate today) {
        this(seed, today, new Messages(Locale.ENGLISH));
    }

    /**
     * A year (first contacts within the last year, up to 8 pressure moments each) whose made-up words
     * are in the language of {@code messages}; the same seed makes the same journal.
     */
    public DemoJournal(long seed, LocalDate today, Messages messages) {
        this(seed, today, messages, 1, 8);
    }

    private DemoJournal(long seed, LocalDate today, Messages messages, int years, int maxMoments) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.years = years;
        this.maxMoments = maxMoments;
        for (int i = 0; i < SOURCES; i++) {
            sources[i] = messages.get("demo.source." + i);
        }
        for (int i = 0; i < TRADED_FOR.length; i++) {
            tradedFor[i] = messages.get(TRADED_FOR[i]);
        }
        for (int i = 0; i < NOTES; i++) {
            notes[i] = messages.get("demo.note." + i);
        }
    }

    /**
     * A busy freelancer's decade in English, as the benchmark uses: first contacts spread over ten
     * years, up to 40 pressure moments each (about 20 per prospect).
     */
    public static DemoJournal decade(long seed, LocalDate today) {
        return new DemoJournal(seed, today, new Messages(Locale.ENGLISH), 10, 40);
    }

    /**
     * Writes {@code count} prospects with their events into the journal, in one transaction, and marks
     * it as a demo journal ({@link com.dealjournal.store.SettingsRepository#isDemo()}).
     */
    public void writeInto(Journal journal, int count) {
        journal.inOneTransaction(() -> {
            journal.settings().markAsDemo();
            for (int i = 0; i < count; i++) {
                prospect(journal);
            }
            return null;
        });
    }

    private void prospect(Journal journal) {
        LocalDate first = today.minusDays(random.nextInt(10, 365 * years + 1));
        Currency currency = random.nextInt(10) == 0 ? CHF : EUR;
        BigDecimal list = BigDecimal.valueOf(random.nextInt(16, 500) * 50L).setScale(2);
        BigDecimal walkAway = random.nextInt(3) == 0 ? null
                : list.multiply(BigDecimal.valueOf(random.nextInt(70, 96), 2)).setScale(0, java.math.RoundingMode.HALF_UP)
                .setScale(2);
        String person = pick(FIRST) + " " + pick(LAST);
        Prospect open = journal.prospects().insert(new Prospect(0, person, pick(COMPANY) + " " + pick(FORM),
                person.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com", pick(sources), first,
                ProspectStatus.OPEN, null, currency, list, walkAway, null, random.nextInt(1, 6), null));
        List<Event> events = events(open, first);
        boolean conceded = false;
        LocalDate last = first;
        for (Event event : events) {
            journal.events().insert(event);
            last = event.date().isAfter(last) ? event.date() : last;
            conceded |= event instanceof Event.Discount d && d.response() == Response.CONCEDED;
        }
        close(journal, open, last, conceded);
    }

    private List<Event> events(Prospect p, LocalDate first) {
        List<Event> events = new ArrayList<>();
        LocalDate date = first;
        int moments = random.nextInt(0, maxMoments + 1);
        for (int i = 0; i < moments; i++) {
            date = date.plusDays(random.nextInt(1, 15));
            if (date.isAfter(today)) {
                break;
            }
            events.add(switch (random.nextInt(10)) {
                case 0, 1, 2 -> discount(p, date);
                case 3, 4 -> scope(p, date);
                case 5, 6, 7, 8 -> followUp(p, date);
                default -> new Event.Note(0, p.id(), date, pick(notes));
            });
        }
        if (random.nextInt(4) == 0) {
            // gone quiet: chased again and again without a real answer, as happens to every freelancer
            int chases = random.nextInt(2, 6);
            for (int i = 0; i < chases; i++) {
                date = date.plusDays(random.nextInt(5, 13));
                if (date.isAfter(today)) {
                    break;
                }
                events.add(new Event.FollowUp(0, p.id(), date, random.nextInt(3) == 0 ? Reply.PUT_OFF : Reply.NONE,
                        null));
            }
        }
        return events;
    }

    private Event discount(Prospect p, LocalDate date) {
        Response response = response(45, 25);
        BigDecimal percent = BigDecimal.valueOf(random.nextInt(1, 7) * 5L);
        BigDecimal gave = response == Response.HELD ? null
                : p.listPrice().multiply(percent).divide(BigDecimal.valueOf(200), 2, java.math.RoundingMode.HALF_UP);
        return new Event.Discount(0, p.id(), date, percent, null, response, gave,
                response == Response.TRADED ? pick(tradedFor) : null, null);
    }

    private Event scope(Prospect p, LocalDate date) {
        Initiator initiator = random.nextInt(4) == 0 ? Initiator.ME : Initiator.THEM;
        Response response = response(initiator == Initiator.ME ? 0 : 40, 30);
        BigDecimal value = BigDecimal.valueOf(random.nextInt(2, 40) * 50L).setScale(2);
        return new Event.Scope(0, p.id(), date, initiator, response, value,
                response == Response.TRADED ? pick(tradedFor) : null, null);
    }

    private Event followUp(Prospect p, LocalDate date) {
        int roll = random.nextInt(100);
        Reply reply = roll < 40 ? Reply.NONE : roll < 65 ? Reply.PUT_OFF : Reply.ANSWERED;
        return new Event.FollowUp(0, p.id(), date, reply, null);
    }

    /** HELD with {@code held} percent, TRADED with {@code traded} percent, else CONCEDED. */
    private Response response(int held, int traded) {
        int roll = random.nextInt(100);
        return roll < held ? Response.HELD : roll < held + traded ? Response.TRADED : Response.CONCEDED;
    }

    /** Older prospects have mostly closed; a deal where I conceded is won a little less often here, too. */
    private void close(Journal journal, Prospect p, LocalDate last, boolean conceded) {
        if (last.isAfter(today.minusDays(21)) || random.nextInt(10) < 2) {
            return; // still open
        }
        int roll = random.nextInt(100);
        ProspectStatus status = roll < (conceded ? 35 : 45) ? ProspectStatus.WON
                : roll < 70 ? ProspectStatus.LOST : roll < 82 ? ProspectStatus.DECLINED : ProspectStatus.STALLED;
        LocalDate closedOn = last.plusDays(random.nextInt(1, 21));
        if (closedOn.isAfter(today)) {
            closedOn = today;
        }
        BigDecimal price = status != ProspectStatus.WON ? null
                : p.listPrice().multiply(BigDecimal.valueOf(random.nextInt(80, 101), 2))
                .setScale(0, java.math.RoundingMode.HALF_UP).setScale(2);
        journal.prospects().update(new Prospect(p.id(), p.name(), p.company(), p.contact(), p.source(),
                p.firstContact(), status, closedOn, p.currency(), p.listPrice(), p.walkAwayPrice(), price,
                p.gutFeeling(), p.notes()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
