package com.dealjournal.ui.prospects;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Which summaries the prospect list shows for a search text, a status and "waiting on them": those of
 * the status (any when {@code null}), waiting when asked for, and with the stripped text, ignoring case
 * ({@link Locale#ROOT}), in their name, company, contact or notes; in the order the list was set.
 *
 * <p>Each summary's four fields are lower-cased once when the list is set, not at every keystroke. The
 * matches of the last few texts are kept, so that a text which contains an earlier one (typing on) or
 * which was searched a moment ago (deleting again) looks only at the summaries an earlier search found:
 * whatever contains the longer text contains the shorter. They are forgotten when the list or the other
 * filters change.
 */
final class ProspectSearch {

    /**
     * Joins a summary's lower-cased fields. A text without it can only match inside one field; a text
     * with it (pasted in) is tested field by field.
     */
    private static final char SEPARATOR = '\u0000';
    /** How many recent texts' matches are kept (besides the empty text's). */
    private static final int REMEMBERED = 16;

    private List<ProspectSummary> all = List.of();
    /** For each summary of {@link #all}, its four fields lower-cased, joined by {@link #SEPARATOR}. */
    private String[] lowerCased = new String[0];
    private ProspectStatus status;
    private boolean waitingOnly;
    /** The indexes into {@link #all} of the summaries that pass the status and waiting filters. */
    private int[] filtered;
    /** Recent texts (stripped, lower-cased) and the indexes of their matches, in order; least recent first. */
    private final Map<String, int[]> recent = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Takes a new list; forgets every earlier search. */
    void setAll(List<ProspectSummary> summaries) {
        all = List.copyOf(summaries);
        lowerCased = new String[all.size()];
        for (int i = 0; i < lowerCased.length; i++) {
            Prospect p = all.get(i).prospect();
            lowerCased[i] = lower(p.name()) + SEPARATOR + lower(p.company()) + SEPARATOR + lower(p.contact())
                    + SEPARATOR + lower(p.notes());
        }
        forget();
    }

    /** The summaries to show, a view of the list last set. */
    List<ProspectSummary> find(String text, ProspectStatus newStatus, boolean newWaitingOnly) {
        if (filtered == null || newStatus != status || newWaitingOnly != waitingOnly) {
            status = newStatus;
            waitingOnly = newWaitingOnly;
            forget();
            filtered = byStatus();
        }
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return new Shown(all, filtered);
        }
        int[] found = recent.get(needle);
        if (found == null) {
            found = narrow(candidates(needle), needle);
            recent.put(needle, found);
        }
        return new Shown(all, found);
    }

    private void forget() {
        filtered = null;
        recent.clear();
    }

    private int[] byStatus() {
        int[] found = new int[all.size()];
        int count = 0;
        for (int i = 0; i < found.length; i++) {
            ProspectSummary summary = all.get(i);
            if ((status == null || summary.prospect().status() == status)
                    && (!waitingOnly || summary.isWaitingOnThem())) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** The fewest matches of an earlier text that the needle contains; every summary filtered if none. */
    private int[] candidates(String needle) {
        int[] fewest = filtered;
        for (Map.Entry<String, int[]> earlier : recent.entrySet()) {
            if (earlier.getValue().length < fewest.length && needle.contains(earlier.getKey())) {
                fewest = earlier.getValue();
            }
        }
        return fewest;
    }

    private int[] narrow(int[] candidates, String needle) {
        boolean joined = needle.indexOf(SEPARATOR) < 0;
        int[] found = new int[candidates.length];
        int count = 0;
        for (int i : candidates) {
            if (joined ? lowerCased[i].contains(needle) : fieldByField(all.get(i).prospect(), needle)) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean fieldByField(Prospect p, String needle) {
        return lower(p.name()).contains(needle) || lower(p.company()).contains(needle)
                || lower(p.contact()).contains(needle) || lower(p.notes()).contains(needle);
    }

    /** A missing field as an empty one: no text that is searched for (never empty) is in it. */
    private static String lower(String field) {
        return field == null ? "" : field.toLowerCase(Locale.ROOT);
    }

    /** Some summaries of a list, by their indexes in it, in order. */
    private static final class Shown extends AbstractList<ProspectSummary> implements RandomAccess {
        private final List<ProspectSummary> all;
        private final int[] indexes;

        Shown(List<ProspectSummary> all, int[] indexes) {
            this.all = all;
            this.indexes = indexes;
        }

        @Override
        public ProspectSummary get(int index) {
            return all.get(indexes[index]);
        }

        @Override
        public int size() {
            return indexes.length;
        }
    }
}
