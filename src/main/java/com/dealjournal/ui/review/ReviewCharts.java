package com.dealjournal.ui.review;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Styles;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The review's charts, drawn from ready figures (never from SQL): answers per month, the eye-level
 * score with its 3-month rolling average, money conceded per currency, follow-ups normal against
 * excess, and how the deals closed in the range ended. Months without data are left out, not drawn as 0;
 * every bar, point and slice has a tooltip with its exact value.
 */
final class ReviewCharts {

    private final Messages messages;
    private final Formats formats;
    private final DateTimeFormatter monthLabel;
    final StackedBarChart<String, Number> answers;
    final LineChart<String, Number> score;
    final BarChart<String, Number> money;
    final StackedBarChart<String, Number> followUps;
    final PieChart outcomes = new PieChart();

    ReviewCharts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.monthLabel = DateTimeFormatter.ofPattern("MMM yy", messages.locale());
        answers = stacked("chart-answers", "review.chart.answers");
        followUps = stacked("chart-followups", "review.chart.followUps");
        NumberAxis percent = new NumberAxis(0, 100, 25);
        score = new LineChart<>(new CategoryAxis(), percent);
        setUp(score, "chart-score", "review.chart.score");
        money = new BarChart<>(new CategoryAxis(), new NumberAxis());
        setUp(money, "chart-money", "review.chart.money");
        setUp(outcomes, "chart-outcomes", "review.chart.outcomes");
        outcomes.setLabelsVisible(true);
    }

    List<Chart> all() {
        return List.of(answers, score, money, followUps, outcomes);
    }

    void show(List<MonthlyFigures> months) {
        // every month of the range on the axis, so a month without data is a visible gap, not a missing month
        List<String> labels = months.stream().map(this::label).toList();
        for (XYChart<String, Number> chart : List.<XYChart<String, Number>>of(answers, score, money, followUps)) {
            CategoryAxis axis = (CategoryAxis) chart.getXAxis();
            axis.setAutoRanging(false);
            axis.setCategories(javafx.collections.FXCollections.observableArrayList(labels));
            axis.setTickLabelRotation(labels.size() > 6 ? -45 : 0);
        }
        answers.getData().setAll(List.of(
                bars(months, "review.held", MonthlyFigures::held, MonthlyFigures::requests),
                bars(months, "review.traded", MonthlyFigures::traded, MonthlyFigures::requests),
                bars(months, "review.conceded", MonthlyFigures::conceded, MonthlyFigures::requests)));
        followUps.getData().setAll(List.of(
                bars(months, "review.followUps.normal", f -> f.followUps() - f.excessFollowUps(),
                        MonthlyFigures::followUps),
                bars(months, "review.followUps.excess", MonthlyFigures::excessFollowUps, MonthlyFigures::followUps)));
        score.getData().setAll(List.of(scoreSeries(months), rollingAverage(months)));
        money.getData().setAll(moneySeries(months));
        outcomes.getData().setAll(outcomeSlices(months));
    }

    private XYChart.Series<String, Number> bars(List<MonthlyFigures> months, String nameKey,
                                                ToIntFunction<MonthlyFigures> value,
                                                ToIntFunction<MonthlyFigures> total) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get(nameKey));
        for (MonthlyFigures month : months) {
            if (total.applyAsInt(month) > 0) {
                int count = value.applyAsInt(month);
                series.getData().add(withTooltip(new XYChart.Data<>(label(month), count),
                        series.getName() + ": " + count));
            }
        }
        return series;
    }

    private XYChart.Series<String, Number> scoreSeries(List<MonthlyFigures> months) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get("review.score"));
        for (MonthlyFigures month : months) {
            if (month.eyeLevelScore() != null) {
                series.getData().add(withTooltip(new XYChart.Data<>(label(month), month.eyeLevelScore()),
                        messages.format("review.tooltip.score", label(month), month.eyeLevelScore())));
            }
        }
        return series;
    }

    /** The mean of the scores of a month and the two before it that have one; none where none has. */
    private XYChart.Series<String, Number> rollingAverage(List<MonthlyFigures> months) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get("review.score.rolling"));
        for (int i = 0; i < months.size(); i++) {
            int sum = 0;
            int count = 0;
            for (int j = Math.max(0, i - 2); j <= i; j++) {
                Integer value = months.get(j).eyeLevelScore();
                if (value != null) {
                    sum += value;
                    count++;
                }
            }
            if (count > 0) {
                double average = Math.round(10.0 * sum / count) / 10.0; // a chart coordinate, not money
                series.getData().add(withTooltip(new XYChart.Data<>(label(months.get(i)), average),
                        messages.format("review.tooltip.rolling", label(months.get(i)), average)));
            }
        }
        return series;
    }

    private List<XYChart.Series<String, Number>> moneySeries(List<MonthlyFigures> months) {
        TreeSet<String> currencies = new TreeSet<>();
        months.forEach(month -> currencies.addAll(month.concededMoney().keySet()));
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (String code : currencies) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(code);
            for (MonthlyFigures month : months) {
                BigDecimal amount = month.concededMoney().get(code);
                if (amount != null) {
                    series.getData().add(withTooltip(new XYChart.Data<>(label(month), amount),
                            label(month) + ": " + formats.money(amount, Currency.getInstance(code))));
                }
            }
            all.add(series);
        }
        return all;
    }

    private List<PieChart.Data> outcomeSlices(List<MonthlyFigures> months) {
        Map<ProspectStatus, Integer> totals = new EnumMap<>(ProspectStatus.class);
        months.forEach(month -> month.closed().forEach((status, n) -> totals.merge(status, n, Integer::sum)));
        List<PieChart.Data> slices = new ArrayList<>();
        totals.forEach((status, n) -> {
            if (n > 0) {
                PieChart.Data slice = new PieChart.Data(messages.get("status." + status.name()) + " (" + n + ")", n);
                slice.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        Tooltip.install(node, new Tooltip(slice.getName()));
                    }
                });
                slices.add(slice);
            }
        });
        return slices;
    }

    private String label(MonthlyFigures month) {
        return monthLabel.format(month.month());
    }

    private static <X, Y> XYChart.Data<X, Y> withTooltip(XYChart.Data<X, Y> data, String text) {
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(text));
            }
        });
        return data;
    }

    private StackedBarChart<String, Number> stacked(String id, String titleKey) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), countAxis());
        setUp(chart, id, titleKey);
        return chart;
    }

    /** An axis of counts: whole numbers only. */
    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        return axis;
    }

    private void setUp(Chart chart, String id, String titleKey) {
        chart.setId(id);
        chart.setTitle(messages.get(titleKey));
        chart.getStyleClass().add(Styles.CHART);
        chart.setAnimated(false);
        chart.setPrefSize(460, 280);
        chart.setMinHeight(240);
    }
}
