package com.dealjournal.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The benchmark's one table: a row per figure, a column per journal size, its target and verdict. */
final class Table {

    /** The targets of issue 7, checked at 10,000 prospects: the limit, and whether it is a maximum. */
    private record Target(double limit, boolean atMost, String text) {
        boolean met(double value) {
            return atMost ? value <= limit : value >= limit;
        }
    }

    private static final Map<String, Target> TARGETS = Map.ofEntries(
            Map.entry("Cold start / floor", new Target(1.3, true, "≤ 1.3")),
            Map.entry("Cold start with AOT cache / without", new Target(0.65, true, "≤ 0.65")),
            Map.entry("Cold start with AOT caches / floor", new Target(1.3, true, "≤ 1.3")),
            Map.entry("Month report / floor", new Target(2, true, "≤ 2")),
            Map.entry("12-month review, in process (ms)", new Target(50, true, "≤ 50 ms")),
            Map.entry("12-month review / floor", new Target(2, true, "≤ 2")),
            Map.entry("Import of the 100,000-event CSV pair (events/s)", new Target(100_000, false, "≥ 100,000/s")),
            Map.entry("Import of the 100,000-event CSV pair / floor", new Target(2, true, "≤ 2")),
            Map.entry("Search, one keystroke to the filtered list laid out (ms)", new Target(16, true, "≤ 16 ms")),
            Map.entry("Search, one keystroke: FX thread's CPU time (ms)", new Target(16, true, "≤ 16 ms")),
            Map.entry("Heap in use after list and review, after GC (MB)", new Target(200, true, "≤ 200 MB")));

    private final int[] sizes;
    private final Map<String, Map<Integer, Double>> rows = new LinkedHashMap<>();

    Table(int[] sizes) {
        this.sizes = sizes;
    }

    void put(String figure, int size, double value) {
        rows.computeIfAbsent(figure, key -> new LinkedHashMap<>()).put(size, value);
    }

    /** The table in Markdown, with the growth from the smallest to the largest journal. */
    String render(boolean quick) {
        StringBuilder text = new StringBuilder();
        text.append(quick ? "(--quick: fewer repetitions; not for the record)\n\n" : "");
        text.append("| figure |");
        for (int size : sizes) {
            text.append(String.format(Locale.ROOT, " %,d |", size));
        }
        text.append(String.format(Locale.ROOT, " growth %,d→%,d | target at 10,000 | met |%n",
                sizes[0], sizes[sizes.length - 1]));
        text.append("|---|").append("---:|".repeat(sizes.length)).append("---:|---|---|\n");
        rows.forEach((figure, values) -> {
            text.append("| ").append(figure).append(" |");
            for (int size : sizes) {
                Double value = values.get(size);
                text.append(' ').append(value == null ? "" : format(value)).append(" |");
            }
            Double first = values.get(sizes[0]);
            Double last = values.get(sizes[sizes.length - 1]);
            text.append(' ').append(first != null && last != null && sizes.length > 1 && first > 0
                    ? String.format(Locale.ROOT, "×%.1f", last / first) : "").append(" |");
            Target target = TARGETS.get(figure);
            Double at = values.get(10_000);
            text.append(' ').append(target == null ? "" : target.text()).append(" | ")
                    .append(target == null || at == null || at.isNaN() ? "" : target.met(at) ? "yes" : "**no**")
                    .append(" |\n");
        });
        return text.toString();
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value >= 10_000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}
