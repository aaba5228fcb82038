package com.dealjournal.ui.notify;

import com.dealjournal.i18n.Messages;
import com.dealjournal.prefs.UserPreferences;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Frames;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import com.dealjournal.ui.notify.StartupNotices.MonthlyReview;
import com.dealjournal.ui.notify.StartupNotices.Notice;
import com.dealjournal.ui.notify.StartupNotices.WaitingTooLong;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Shows the {@link StartupNotices} as ControlsFX notifications in the window's corner, once, for the
 * first journal the window opens. The journal is read on the database thread, queued behind the
 * sections' own first reads, so the list shows first. The day is remembered in the user's preferences
 * only when a notice was shown, so a start with nothing to say does not use up the day.
 */
public final class StartupNotifier {

    /** How long a notice stays before it fades; its close button takes it away sooner. */
    static final Duration SHOWN_FOR = Duration.seconds(30);
    /** The longest line of a notice's text, in characters. */
    static final int LINE_LENGTH = 60;

    private final Messages messages;
    private final Async async;
    private final UserPreferences preferences;
    private final Clock clock;
    private final Supplier<Window> owner;
    private final Consumer<YearMonth> openReview;
    private final DateTimeFormatter monthName;
    private boolean checked;

    /**
     * @param owner      the window the notices belong to
     * @param openReview shows the Review section on a month
     */
    public StartupNotifier(Messages messages, Async async, UserPreferences preferences, Clock clock,
                           Supplier<Window> owner, Consumer<YearMonth> openReview) {
        this.messages = messages;
        this.async = async;
        this.preferences = preferences;
        this.clock = clock;
        this.owner = owner;
        this.openReview = openReview;
        this.monthName = DateTimeFormatter.ofPattern("MMMM yyyy", messages.locale());
    }

    /** Called for every journal the window opens; only the first one of the session is looked at. */
    public void opened(Journal journal) {
        if (checked) {
            return;
        }
        checked = true;
        LocalDate today = LocalDate.now(clock);
        Window window = owner.get();
        if (window == null || window.getScene() == null) {
            return;
        }
        // once the window has drawn the journal, and reading the list for it only when notices may be due
        Frames.afterFrame(window.getScene(), () -> true, () -> async.run(() -> {
            Optional<LocalDate> last = preferences.lastNotified();
            return StartupNotices.shownOn(today, last) ? List.<Notice>of()
                    : StartupNotices.due(today, last, journal.prospects().summaries(), journal.settings().chaseLimit());
        })
                .onSuccess(notices -> show(notices, today))
                // a notice is not worth an error dialog: the journal was closed meanwhile, or could not be read
                .onError(Exception.class, ignored -> { })
                .start());
    }

    private void show(List<Notice> notices, LocalDate today) {
        Window window = owner.get();
        if (notices.isEmpty() || window == null || !window.isShowing()) {
            return;
        }
        Scene scene = window.getScene();
        String stylesheet = StartupNotifier.class.getResource(Styles.NOTICE_STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet); // the popup takes the window's stylesheets as it shows
        }
        notification(notices, window).show();
        async.run(() -> {
            preferences.setLastNotified(today);
            return null;
        }).start();
    }

    /**
     * One notification for what is due: ControlsFX does not reliably move an earlier notification up
     * when a second one appears (they overlapped), so two notices share one, paragraph after paragraph.
     */
    private Notifications notification(List<Notice> notices, Window window) {
        Notifications notification = Notifications.create()
                .owner(window)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .styleClass(Styles.NOTICE)
                .title(notices.size() > 1 ? messages.get("notice.both.title") : title(notices.getFirst()))
                .text(String.join("\n\n", notices.stream().map(notice -> lines(text(notice))).toList()))
                .graphic((notices.size() > 1 ? Icon.NOTICES : icon(notices.getFirst())).node(32));
        notices.stream().filter(MonthlyReview.class::isInstance).map(MonthlyReview.class::cast).findFirst()
                .ifPresent(review -> {
                    Runnable open = once(() -> openReview.accept(review.month()));
                    notification.action(new Action(messages.get("notice.review.open"), e -> open.run()))
                            // a click anywhere on the notice opens the review too, and hides the notice
                            .onAction(e -> open.run());
                });
        return notification;
    }

    private String title(Notice notice) {
        return messages.get(switch (notice) {
            case WaitingTooLong waiting -> "notice.waiting.title";
            case MonthlyReview review -> "notice.review.title";
        });
    }

    private String text(Notice notice) {
        return switch (notice) {
            case WaitingTooLong waiting ->
                    messages.format("notice.waiting.text", waiting.prospects(), waiting.chaseLimit());
            case MonthlyReview review -> messages.format("notice.review.text", monthName.format(review.month()));
        };
    }

    private static Icon icon(Notice notice) {
        return switch (notice) {
            case WaitingTooLong waiting -> Icon.WAITING;
            case MonthlyReview review -> Icon.MONTHLY_REVIEW;
        };
    }

    /**
     * The text broken into lines of at most {@value #LINE_LENGTH} characters between words: ControlsFX
     * would show it as one long line across the window.
     */
    static String lines(String text) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > LINE_LENGTH) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    /** The button's click may also reach the notice under it: the review opens once. */
    private static Runnable once(Runnable action) {
        boolean[] done = {false};
        return () -> {
            if (!done[0]) {
                done[0] = true;
                action.run();
            }
        };
    }
}
