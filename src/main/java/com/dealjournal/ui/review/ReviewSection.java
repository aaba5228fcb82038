package com.dealjournal.ui.review;

import com.dealjournal.i18n.Messages;
import com.dealjournal.io.FiguresCsv;
import com.dealjournal.io.SafeFiles;
import com.dealjournal.ui.common.JournalChooser;
import com.dealjournal.ui.common.Png;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.SectionView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * The monthly review: pick a month and a range; the month's figures show as tiles with their change
 * against the month before, the range's as charts. Figures are read and computed off the FX thread
 * whenever the month, the range or the journal changes, and each time the section is shown.
 */
public final class ReviewSection implements SectionView {

    private final Messages messages;
    private final Formats formats;
    private final Async async;
    private final Clock clock;
    private final JournalChooser chooser;
    private ReviewData shown;
    /** The reflection as the journal holds it for the month shown. */
    private String savedNote = "";
    private final ReviewView view;
    private final DateTimeFormatter monthName;
    private Journal journal;
    private YearMonth selected;

    public ReviewSection(Messages messages, Async async, Clock clock, JournalChooser chooser) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.async = async;
        this.clock = clock;
        this.chooser = chooser;
        this.view = new ReviewView(messages, formats);
        this.monthName = DateTimeFormatter.ofPattern("MMMM yyyy", messages.locale());
        selected = YearMonth.now(clock);
        view.range.setValue(ReviewRange.LAST_12);
        view.previous.setOnAction(e -> select(selected.minusMonths(1)));
        view.next.setOnAction(e -> select(selected.plusMonths(1)));
        view.thisMonth.setOnAction(e -> select(YearMonth.now(clock)));
        view.range.valueProperty().addListener((obs, old, range) -> load());
        view.saveNote.setOnAction(e -> saveNote());
        view.exportImage.setOnAction(e -> onExportImage());
        view.exportFigures.setOnAction(e -> onExportFigures());
        view.note.textProperty().addListener((obs, old, text) -> view.noteStatus.setText(""));
        // figures change as the journal is written elsewhere in the window: read them again when shown
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                load();
            }
        });
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void show(Journal opened) {
        journal = opened;
        selected = YearMonth.now(clock);
        load();
    }

    /** Shows the review of {@code month}, as the monthly notice asks; the journal shown stays. */
    public void showMonth(YearMonth month) {
        select(month);
    }

    /** Shows another month; a reflection typed for the month shown is saved first, not lost. */
    private void select(YearMonth month) {
        if (shown != null && !view.note.getText().equals(savedNote)) {
            saveNote();
        }
        selected = month;
        load();
    }

    private void load() {
        Journal from = journal;
        YearMonth month = selected;
        ReviewRange range = view.range.getValue();
        view.month.setText(monthName.format(month));
        view.next.setDisable(!month.isBefore(YearMonth.now(clock)));
        if (from == null || view.getScene() == null) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        async.run(() -> ReviewData.load(from, month, range, today))
                .onSuccess(data -> {
                    if (from == journal && month.equals(selected)) {
                        showData(data);
                    }
                })
                .start();
    }

    private void showData(ReviewData data) {
        shown = data;
        MonthlyFigures now = data.current();
        MonthlyFigures before = data.previous();
        String previousName = monthName.format(before.month());
        view.score.show(now.eyeLevelScore() == null ? messages.get("review.noData") : now.eyeLevelScore().toString(),
                now.eyeLevelScore() == null || before.eyeLevelScore() == null
                        ? messages.format("review.change.none", previousName)
                        : change(now.eyeLevelScore() - before.eyeLevelScore(), previousName));
        view.requests.show(Integer.toString(now.requests()), change(now.requests() - before.requests(), previousName));
        view.answers.show(messages.format("review.tile.answers.value", now.held(), now.traded(), now.conceded()),
                messages.format("review.tile.answers.change", before.held(), before.traded(), before.conceded(),
                        previousName));
        view.excess.show(Integer.toString(now.excessFollowUps()),
                change(now.excessFollowUps() - before.excessFollowUps(), previousName));
        view.money.show(money(now.concededMoney()), messages.format("review.tile.money.change",
                money(before.concededMoney()), previousName));
        int declined = now.closed().getOrDefault(ProspectStatus.DECLINED, 0);
        view.declined.show(Integer.toString(declined),
                change(declined - before.closed().getOrDefault(ProspectStatus.DECLINED, 0), previousName));
        boolean empty = now.requests() == 0 && now.followUps() == 0;
        view.emptyHint.setVisible(empty);
        view.emptyHint.setText(empty ? messages.format("review.empty.month", monthName.format(now.month())) : "");
        view.charts.show(data.months());
        view.note.setText(data.note());
        savedNote = data.note();
        view.showInsights(data.insights().stream()
                .map(insight -> messages.format(insight.key(), insight.args().stream().map(this::shown).toArray()))
                .toList());
        view.noteStatus.setText("");
    }

    /** Saves a picture of the whole review as shown now, as PNG. */
    private void onExportImage() {
        if (shown == null) {
            return;
        }
        javafx.scene.image.WritableImage image = view.content.snapshot(null, null);
        chooser.chooseExport(view.getScene().getWindow(), "review-" + shown.selected() + ".png", "png")
                .ifPresent(file -> export(file, out -> Png.write(image, out)));
    }

    /** Saves the shown month's figures as CSV, as {@code report} names them. */
    private void onExportFigures() {
        if (shown == null) {
            return;
        }
        MonthlyFigures figures = shown.current();
        chooser.chooseExport(view.getScene().getWindow(), "figures-" + figures.month() + ".csv", "csv")
                .ifPresent(file -> export(file, out -> FiguresCsv.write(figures, out)));
    }

    private void export(java.nio.file.Path file, SafeFiles.Content content) {
        async.run(() -> {
            SafeFiles.write(file, content);
            return file;
        }).onSuccess(written -> view.noteStatus.setText(messages.format("review.exported", written.toString())))
                .start();
    }

    /** Saves the reflection note of the month shown; a blank note removes it. */
    private void saveNote() {
        Journal into = journal;
        YearMonth month = selected;
        String text = view.note.getText();
        if (into == null) {
            return;
        }
        async.run(() -> {
            into.review().saveNote(month, text);
            return null;
        }).onSuccess(ignored -> {
            if (month.equals(selected)) {
                savedNote = text;
            }
            view.noteStatus.setText(messages.format("review.note.saved", monthName.format(month)));
        })
                .onError(com.dealjournal.model.ValidationException.class, e -> view.noteStatus.setText(
                        messages.describe(e.violations().getFirst())))
                .start();
    }

    /** An insight's argument as the user reads it: months by name, amounts in their currency. */
    private Object shown(Object argument) {
        return switch (argument) {
            case YearMonth month -> monthName.format(month);
            case com.dealjournal.model.Money money -> formats.money(money.amount(), money.currency());
            default -> argument;
        };
    }

    private String change(int delta, String previousName) {
        return delta == 0 ? messages.format("review.change.same", previousName)
                : messages.format("review.change", (delta > 0 ? "+" : "\u2212") + Math.abs(delta), previousName);
    }

    private String money(Map<String, BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return messages.get("review.money.none");
        }
        List<String> parts = new ArrayList<>();
        amounts.forEach((code, amount) -> parts.add(formats.money(amount, Currency.getInstance(code))));
        return String.join(", ", parts);
    }
}
