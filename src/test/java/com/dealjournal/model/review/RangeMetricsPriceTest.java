package com.dealjournal.model.review;

import static com.dealjournal.model.review.RangeMetricsTest.figures;
import static com.dealjournal.model.review.RangeMetricsTest.priced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Price realization and walk-away breaches of the deals won March to May 2026. */
class RangeMetricsPriceTest {

    private static final ProspectStatus WON = ProspectStatus.WON;

    private static Prospect won(long id, String name, String closedOn, String list, String walkAway,
                                String finalPrice) {
        return priced(id, name, WON, closedOn, "EUR", list, walkAway, finalPrice);
    }

    @Test
    void realizationSumsTheWonDealsOfEachCurrency() {
        List<Prospect> prospects = List.of(
                priced(1, "Euro big", WON, "2026-03-01", "EUR", "6000", null, "5000"),
                priced(2, "Euro small", WON, "2026-05-31", "EUR", "4000.00", null, "3500.00"),
                priced(3, "Franc", WON, "2026-04-15", "CHF", "2000", null, "1600"),
                priced(4, "No list price", WON, "2026-04-15", "EUR", null, null, "900.00"),
                priced(5, "Zero list price", WON, "2026-04-15", "EUR", "0", null, "500.00"),
                priced(6, "No final price", WON, "2026-04-15", "EUR", "1000.00", null, null),
                priced(7, "Lost", ProspectStatus.LOST, "2026-04-15", "EUR", "1000.00", null, null),
                priced(8, "Won before", WON, "2026-02-28", "EUR", "1000.00", null, "100.00"),
                priced(9, "Won after", WON, "2026-06-01", "USD", "1000.00", null, "100.00"),
                priced(10, "Open", ProspectStatus.OPEN, null, "USD", "1000.00", null, null));

        RangeFigures figures = figures(prospects);

        assertThat(figures.priceRealization()).containsExactly(
                entry("CHF", new Realization(new BigDecimal("1600.00"), new BigDecimal("2000.00"))),
                entry("EUR", new Realization(new BigDecimal("8500.00"), new BigDecimal("10000.00"))));
        Realization euro = figures.priceRealization().get("EUR");
        assertThat(euro.percent()).isEqualTo(new BigDecimal("85.0"));
        assertThat(euro.averageDiscountPercent()).isEqualTo(new BigDecimal("15.0"));
        assertThat(euro.extraWorkPercent()).isEqualTo(new BigDecimal("17.6"));
        Realization franc = figures.priceRealization().get("CHF");
        assertThat(franc.percent()).isEqualTo(new BigDecimal("80.0"));
        assertThat(franc.averageDiscountPercent()).isEqualTo(new BigDecimal("20.0"));
        assertThat(franc.extraWorkPercent()).isEqualTo(new BigDecimal("25.0"));
    }

    @ParameterizedTest(name = "{0} of {1}: {2} %, discount {3} %, extra work {4} %")
    @CsvSource({
            "8500.00, 10000.00, 85.0, 15.0, 17.6",
            "8000.00, 10000.00, 80.0, 20.0, 25.0",
            "87.45, 100.00, 87.5, 12.5, 14.4",
            "2.00, 3.00, 66.7, 33.3, 50.0",
            "1.00, 8.00, 12.5, 87.5, 700.0",
            "999.95, 1000.00, 100.0, 0.0, 0.0",
            "100.00, 100.00, 100.0, 0.0, 0.0",
            "110.00, 100.00, 110.0, -10.0, -9.1",
            "0.00, 100.00, 0.0, 100.0,"})
    void realizationFiguresHaveOneDecimalRoundedHalfUp(String finalSum, String listSum, String percent,
                                                        String discount, String extraWork) {
        Realization realization = new Realization(new BigDecimal(finalSum), new BigDecimal(listSum));

        assertThat(realization.percent()).isEqualTo(new BigDecimal(percent));
        assertThat(realization.averageDiscountPercent()).isEqualTo(new BigDecimal(discount));
        assertThat(realization.extraWorkPercent()).isEqualTo(extraWork == null ? null : new BigDecimal(extraWork));
    }

    @Test
    void aRealizationNeedsAPositiveListSumAndNoNegativeFinalSum() {
        assertThatThrownBy(() -> new Realization(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Realization(new BigDecimal("-1"), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Realization(null, BigDecimal.TEN)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBreachIsAWonDealBelowItsWalkAwayPriceByClosingDateThenName() {
        List<Prospect> prospects = List.of(
                won(1, "Zeta", "2026-04-10", "6000", "5000.00", "4999.99"),
                won(2, "alpha", "2026-04-10", null, "100", "50"),
                won(3, "Beta", "2026-03-01", "2000", "1000", "900"),
                won(4, "Equal", "2026-04-01", "4000", "3000.00", "3000"),
                won(5, "No walk-away", "2026-04-01", "4000", null, "10"),
                won(6, "Above", "2026-04-01", "4000", "1000", "1200"),
                won(7, "No final price", "2026-04-01", "4000", "1000", null),
                won(8, "Last day", "2026-05-31", "4000", "1000", "999"),
                won(9, "Early breach", "2026-02-28", "4000", "1000", "1"),
                won(10, "Late breach", "2026-06-01", "4000", "1000", "1"),
                priced(11, "Lost", ProspectStatus.LOST, "2026-04-01", "EUR", "4000", "1000", null),
                priced(12, "Open", ProspectStatus.OPEN, null, "EUR", "4000", "1000", null));

        assertThat(figures(prospects).walkAwayBreaches()).extracting(Prospect::name)
                .containsExactly("Beta", "alpha", "Zeta", "Last day");
    }
}
