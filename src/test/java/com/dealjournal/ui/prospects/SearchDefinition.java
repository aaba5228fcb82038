package com.dealjournal.ui.prospects;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** What the prospect list shows, by its plain definition, and summaries to search in. */
final class SearchDefinition {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private SearchDefinition() {
    }

    /**
     * The summaries of {@code all} of the status (any when {@code null}), waiting on them when asked, and
     * with the stripped text in a field, each field and the text lower-cased with {@link Locale#ROOT}.
     */
    static List<ProspectSummary> shown(List<ProspectSummary> all, String text, ProspectStatus status,
                                       boolean waitingOnly) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(s -> status == null || s.prospect().status() == status)
                .filter(s -> !waitingOnly || s.isWaitingOnThem())
                .filter(s -> needle.isEmpty() || in(s.prospect().name(), needle) || in(s.prospect().company(), needle)
                        || in(s.prospect().contact(), needle) || in(s.prospect().notes(), needle))
                .toList();
    }

    private static boolean in(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** A summary with these searched fields; waiting on them when {@code waiting} (and open). */
    static ProspectSummary summary(long id, String name, String company, String contact, String notes,
                                   ProspectStatus status, boolean waiting) {
        Prospect prospect = new Prospect(id, name, company, contact, null, null, status,
                status.isClosed() ? DAY : null, Currency.getInstance("EUR"), null, null, null, null, notes);
        return new ProspectSummary(prospect, DAY, 0, 0, 0, 0, waiting ? 1 : 0, waiting ? 1 : 0,
                waiting ? DAY : null);
    }
}
