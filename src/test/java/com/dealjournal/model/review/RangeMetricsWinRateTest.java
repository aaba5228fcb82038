package com.dealjournal.model.review;

import static com.dealjournal.model.review.RangeMetricsTest.discount;
import static com.dealjournal.model.review.RangeMetricsTest.figures;
import static com.dealjournal.model.review.RangeMetricsTest.followUp;
import static com.dealjournal.model.review.RangeMetricsTest.note;
import static com.dealjournal.model.review.RangeMetricsTest.open;
import static com.dealjournal.model.review.RangeMetricsTest.prospect;
import static com.dealjournal.model.review.RangeMetricsTest.scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The win rates of deals where I held firm and of deals where I conceded. */
class RangeMetricsWinRateTest {

    @ParameterizedTest(name = "[{0}, {1}] closed on {2}: counts {3}")
    @CsvSource({
            "2026-03, 2026-05, 2026-03-01, true",
            "2026-03, 2026-05, 2026-05-31, true",
            "2026-03, 2026-05, 2026-02-28, false",
            "2026-03, 2026-05, 2026-06-01, false",
            "2026-04, 2026-04, 2026-04-01, true",
            "2026-04, 2026-04, 2026-04-30, true",
            "2026-04, 2026-04, 2026-03-31, false",
            "2026-04, 2026-04, 2026-05-01, false",
            "2024-02, 2024-02, 2024-02-29, true",
            "2025-12, 2026-01, 2025-12-01, true",
            "2025-12, 2026-01, 2026-01-31, true",
            "2025-12, 2026-01, 2026-02-01, false"})
    void aDealCountsWhenClosedFromTheFirstDayOfFromToTheLastDayOfTo(String from, String to, String closedOn,
                                                                     boolean counts) {
        List<Prospect> prospects = List.of(
                prospect(1, "Won", ProspectStatus.WON, closedOn),
                prospect(2, "Lost", ProspectStatus.LOST, closedOn),
                prospect(3, "Gave in", ProspectStatus.WON, closedOn));

        RangeFigures figures = figures(YearMonth.parse(from), YearMonth.parse(to), RangeMetricsTest.TODAY, prospects,
                discount(3, closedOn, Response.CONCEDED, null));

        int n = counts ? 1 : 0;
        assertThat(figures.heldFirm()).isEqualTo(new WinRate(n, n));
        assertThat(figures.conceded()).isEqualTo(new WinRate(n, 0));
    }

    @Test
    void aDealIsConcededWhenAnyOfItsRequestsWasConcededAtAnyDate() {
        List<Prospect> prospects = List.of(
                prospect(1, "Firm won", ProspectStatus.WON, "2026-04-10"),
                prospect(2, "Gave early", ProspectStatus.WON, "2026-04-12"),
                prospect(3, "Gave after closing", ProspectStatus.LOST, "2026-04-20"),
                prospect(4, "Offered for free", ProspectStatus.LOST, "2026-05-05"),
                prospect(5, "Firm lost", ProspectStatus.LOST, "2026-03-15"),
                prospect(6, "Declined", ProspectStatus.DECLINED, "2026-04-01"),
                prospect(7, "Stalled", ProspectStatus.STALLED, "2026-04-01"),
                open(8, "Still open", "2026-03-01"),
                prospect(9, "Won before", ProspectStatus.WON, "2026-02-28"));

        RangeFigures figures = figures(prospects,
                discount(1, "2026-04-01", Response.HELD, null),
                scope(1, "2026-04-02", Initiator.THEM, Response.TRADED, "300", "prepayment"),
                discount(1, "2026-04-03", Response.TRADED, "referral"),
                discount(2, "2025-11-03", Response.CONCEDED, null),
                discount(2, "2026-04-01", Response.HELD, null),
                scope(3, "2026-07-01", Initiator.THEM, Response.CONCEDED, "120", null),
                scope(4, "2026-04-01", Initiator.ME, Response.CONCEDED, null, null),
                followUp(5, "2026-03-01", Reply.NONE),
                note(5, "2026-03-02"),
                discount(6, "2026-03-20", Response.CONCEDED, null),
                scope(7, "2026-03-20", Initiator.THEM, Response.CONCEDED, null, null),
                discount(8, "2026-03-20", Response.CONCEDED, null),
                discount(9, "2026-02-01", Response.CONCEDED, null));

        assertThat(figures.heldFirm()).isEqualTo(new WinRate(1, 1));
        assertThat(figures.conceded()).isEqualTo(new WinRate(1, 2));
    }

    @Test
    void fiveDealsAreEnoughToTellAndFourAreNot() {
        List<Prospect> prospects = new ArrayList<>();
        String[] firm = {"WON", "LOST", "WON", "LOST", "WON"};
        String[] gave = {"LOST", "WON", "LOST", "LOST"};
        for (int i = 0; i < firm.length; i++) {
            prospects.add(prospect(10 + i, "Firm " + i, ProspectStatus.valueOf(firm[i]), "2026-04-0" + (i + 1)));
        }
        for (int i = 0; i < gave.length; i++) {
            prospects.add(prospect(20 + i, "Gave " + i, ProspectStatus.valueOf(gave[i]), "2026-05-0" + (i + 1)));
        }

        RangeFigures figures = figures(prospects,
                discount(20, "2026-03-01", Response.CONCEDED, null),
                discount(21, "2026-03-01", Response.CONCEDED, null),
                scope(22, "2026-03-01", Initiator.ME, Response.CONCEDED, null, null),
                scope(23, "2026-03-01", Initiator.THEM, Response.CONCEDED, null, null));

        assertThat(figures.heldFirm()).isEqualTo(new WinRate(3, 2));
        assertThat(figures.heldFirm().deals()).isEqualTo(5);
        assertThat(figures.heldFirm().percent()).isEqualTo(60);
        assertThat(figures.heldFirm().tooFewToTell()).isFalse();
        assertThat(figures.conceded()).isEqualTo(new WinRate(1, 3));
        assertThat(figures.conceded().deals()).isEqualTo(4);
        assertThat(figures.conceded().percent()).isEqualTo(25);
        assertThat(figures.conceded().tooFewToTell()).isTrue();
    }

    @Test
    void noDealsHaveNoPercentAndAreTooFewToTell() {
        WinRate none = figures(List.of(prospect(1, "Declined", ProspectStatus.DECLINED, "2026-04-01"))).heldFirm();

        assertThat(none.deals()).isZero();
        assertThat(none.percent()).isNull();
        assertThat(none.tooFewToTell()).isTrue();
    }

    @ParameterizedTest(name = "{0} won, {1} lost: {2} %")
    @CsvSource({"1, 7, 13", "7, 1, 88", "1, 2, 33", "2, 1, 67", "1, 1, 50", "0, 5, 0", "5, 0, 100", "3, 5, 38",
            "5, 3, 63"})
    void theWinRateIsRoundedHalfUp(int won, int lost, int percent) {
        assertThat(new WinRate(won, lost).percent()).isEqualTo(percent);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new WinRate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WinRate(2, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
