package com.dealjournal.ui.review;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Icon;
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

    static final String SCORE_LINE = "score-line";
    static final String ROLLING_LINE = "rolling-line";
    static final String FOLLOW_UPS_NORMAL = "followups-normal";
    static final String FOLLOW_UPS_EXCESS = "followups-excess";
    /** Prefix of a slice's style class by how the deals ended, such as {@code outcome-won}. */
    static final String OUTCOME = "outcome-";

    private final Messages messages;
    private final Formats formats;
    private final DateTimeFormatter monthLabel;
    final StackedBarChart<String, Number> answers;
    final LineChart<String, Number> score;
    final BarChart<String, Number> money;
    final StackedBarChart<String, Number> followUps;
    final PieChart outcomes = new PieChart();
    /** The legend of how deals ended: only the endings the range has. */
    private final ChartLegend outcomesLegend = new ChartLegend(List.of());
    /** Each chart with its legend below it, in the order they are laid out. */
    private final List<javafx.scene.Node> all;

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
        outcomes.setLabelsVisible(false); // the legend names each slice; labels of thin slices overlap
        all = List.of(
                withLegend(answers, ChartLegend.Entry.swatch(messages.get("review.held"), Styles.HELD, Icon.HELD),
                        ChartLegend.Entry.swatch(messages.get("review.traded"), Styles.TRADED, Icon.TRADED),
                        ChartLegend.Entry.swatch(messages.get("review.conceded"), Styles.CONCEDED, Icon.CONCEDED)),
                // one entry per line, however many pieces each line has
                withLegend(score, ChartLegend.Entry.line(messages.get("review.score"), SCORE_LINE),
                        ChartLegend.Entry.line(messages.get("review.score.rolling"), ROLLING_LINE)),
                money,
                withLegend(followUps,
                        ChartLegend.Entry.swatch(messages.get("review.followUps.normal"), FOLLOW_UPS_NORMAL,
                                Icon.FOLLOW_UP),
                        ChartLegend.Entry.swatch(messages.get("review.followUps.excess"), FOLLOW_UPS_EXCESS,
                                Icon.CHASE_LIMIT)),
                legendBelow(outcomes, outcomesLegend));
    }

    List<javafx.scene.Node> all() {
        return all;
    }

    private static javafx.scene.Node withLegend(Chart chart, ChartLegend.Entry... entries) {
        return legendBelow(chart, new ChartLegend(List.of(entries)));
    }

    private static javafx.scene.Node legendBelow(Chart chart, ChartLegend legend) {
        chart.setLegendVisible(false);
        javafx.scene.layout.VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        return new javafx.scene.layout.VBox(0, chart, legend);
    }

    void show(List<MonthlyFigures> months) {
        // every month of the range on the axis, so a month without data is a visible gap, not a missing month
        List<String> labels = months.stream().map(this::label).toList();
        for (XYChart<String, Number> chart : List.<XYChart<String, Number>>of(answers, score, money, followUps)) {
            CategoryAxis axis = (CategoryAxis) chart.getXAxis();
            axis.setAutoRanging(false);
            // changed in place: a new list set on the axis does not make it draw its tick labels again
            axis.getCategories().setAll(labels);
            // upright when many: a slanted label is wider than a month, and JavaFX then hides some months
            axis.setTickLabelRotation(labels.size() > 6 ? -90 : 0);
        }
        answers.getData().setAll(List.of(
                bars(months, "review.held", MonthlyFigures::held, MonthlyFigures::requests),
                bars(months, "review.traded", MonthlyFigures::traded, MonthlyFigures::requests),
                bars(months, "review.conceded", MonthlyFigures::conceded, MonthlyFigures::requests)));
        followUps.getData().setAll(List.of(
                bars(months, "review.followUps.normal", f -> f.followUps() - f.excessFollowUps(),
                        MonthlyFigures::followUps),
                bars(months, "review.followUps.excess", MonthlyFigures::excessFollowUps, MonthlyFigures::followUps)));
        List<XYChart.Series<String, Number>> scores = scoreSeries(months);
        List<XYChart.Series<String, Number>> rolling = rollingAverage(months);
        List<XYChart.Series<String, Number>> lines = new ArrayList<>(scores);
        lines.addAll(rolling);
        score.getData().setAll(lines);
        styleLine(scores, SCORE_LINE);
        styleLine(rolling, ROLLING_LINE);
        money.getData().setAll(moneySeries(months));
        showOutcomes(months);
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

    /** The score per month: one line piece per run of months with a score, so a month without one is a gap. */
    private List<XYChart.Series<String, Number>> scoreSeries(List<MonthlyFigures> months) {
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
        for (MonthlyFigures month : months) {
            points.add(month.eyeLevelScore() == null ? null : withTooltip(
                    new XYChart.Data<>(label(month), month.eyeLevelScore()),
                    messages.format("review.tooltip.score", label(month), month.eyeLevelScore())));
        }
        return segments(points, messages.get("review.score"));
    }

    /** The mean of the scores of a month and the two before it that have one; none where none has. */
    private List<XYChart.Series<String, Number>> rollingAverage(List<MonthlyFigures> months) {
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
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
            if (count == 0) {
                points.add(null);
                continue;
            }
            double average = Math.round(10.0 * sum / count) / 10.0; // a chart coordinate, not money
            points.add(withTooltip(new XYChart.Data<>(label(months.get(i)), average),
                    messages.format("review.tooltip.rolling", label(months.get(i)), average)));
        }
        return segments(points, messages.get("review.score.rolling"));
    }

    /** Splits points at the {@code null}s: each run of points becomes a series of its own. */
    private static List<XYChart.Series<String, Number>> segments(List<XYChart.Data<String, Number>> points,
                                                                 String name) {
        List<XYChart.Series<String, Number>> pieces = new ArrayList<>();
        XYChart.Series<String, Number> piece = null;
        for (XYChart.Data<String, Number> point : points) {
            if (point == null) {
                piece = null;
                continue;
            }
            if (piece == null) {
                piece = new XYChart.Series<>();
                piece.setName(name);
                pieces.add(piece);
            }
            piece.getData().add(point);
        }
        return pieces;
    }

    /** Colours every piece of a line alike, whatever its position among the chart's series. */
    private static void styleLine(List<XYChart.Series<String, Number>> pieces, String styleClass) {
        for (XYChart.Series<String, Number> piece : pieces) {
            if (piece.getNode() != null) {
                piece.getNode().getStyleClass().add(styleClass);
            }
            piece.getData().forEach(point -> {
                if (point.getNode() != null) {
                    point.getNode().getStyleClass().add(styleClass);
                }
            });
        }
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

    /** A slice per way the range's closed deals ended, coloured and named by it, with the legend to match. */
    private void showOutcomes(List<MonthlyFigures> months) {
        Map<ProspectStatus, Integer> totals = new EnumMap<>(ProspectStatus.class);
        months.forEach(month -> month.closed().forEach((status, n) -> totals.merge(status, n, Integer::sum)));
        List<PieChart.Data> slices = new ArrayList<>();
        List<ChartLegend.Entry> entries = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        totals.forEach((status, n) -> {
            if (n > 0) {
                String name = messages.get("status." + status.name()) + " (" + n + ")";
                String style = OUTCOME + status.name().toLowerCase(java.util.Locale.ROOT);
                slices.add(new PieChart.Data(name, n));
                entries.add(ChartLegend.Entry.swatch(name, style, Icon.of(status)));
                styles.add(style);
            }
        });
        outcomes.getData().setAll(slices);
        for (int i = 0; i < slices.size(); i++) {
            PieChart.Data slice = slices.get(i);
            String style = styles.get(i);
            whenDrawn(slice.nodeProperty(), node -> {
                node.getStyleClass().add(style);
                Tooltip.install(node, new Tooltip(slice.getName()));
            });
        }
        outcomesLegend.show(entries);
    }

    private String label(MonthlyFigures month) {
        return monthLabel.format(month.month());
    }

    private static <X, Y> XYChart.Data<X, Y> withTooltip(XYChart.Data<X, Y> data, String text) {
        whenDrawn(data.nodeProperty(), node -> Tooltip.install(node, new Tooltip(text)));
        return data;
    }

    /** Does something to the node of a bar, point or slice, now if the chart has made it, else once it does. */
    private static void whenDrawn(javafx.beans.value.ObservableValue<javafx.scene.Node> node,
                                  java.util.function.Consumer<javafx.scene.Node> action) {
        if (node.getValue() != null) {
            action.accept(node.getValue());
            return;
        }
        node.addListener((obs, old, drawn) -> {
            if (drawn != null) {
                action.accept(drawn);
            }
        });
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
