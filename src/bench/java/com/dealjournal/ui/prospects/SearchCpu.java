package com.dealjournal.ui.prospects;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Typing in the search as {@link SearchBenchmark} sets it up, timed by the FX thread's own CPU time per
 * keystroke rather than the wall clock, which on a shared 2-core machine also counts the time the thread
 * waited for a core. Prints {@code search-cpu PROSPECTS TOTAL_MS FILTER_MS}: medians over 240 keystrokes
 * after 240 to warm up; FILTER_MS is setting the text (the filter and the lists' change events), TOTAL_MS
 * that plus CSS and layout. Run by {@code Bench} in a JVM of its own with Monocle.
 *
 * <p>With {@code --unremembered} after the size, the field is emptied and the list set again (and laid
 * out) before each keystroke, untimed: each keystroke is then a first one, which looks at every summary
 * (the list remembers the matches of recent searches and otherwise narrows them); the cycle's empty text,
 * one keystroke in 12, then changes nothing. With {@code --sorted} the table is sorted by name first, as
 * a click on the column's header sorts it, so that each keystroke also sorts the prospects shown.
 */
public final class SearchCpu {

    private static final int KEYS = 240;

    private SearchCpu() {
    }

    public static void main(String[] args) throws Exception {
        SearchBenchmark setup = new SearchBenchmark();
        setup.prospects = Integer.parseInt(args[0]);
        setup.show();
        List<String> options = List.of(args).subList(1, args.length);
        boolean unremembered = options.contains("--unremembered");
        if (options.contains("--sorted")) {
            SearchBenchmark.onFx(() -> {
                setup.sortByName();
                setup.layOut();
                return null;
            });
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] total = new double[KEYS];
        double[] filter = new double[KEYS];
        for (int i = 0; i < 2 * KEYS; i++) {
            int key = i;
            if (unremembered) {
                SearchBenchmark.onFx(() -> {
                    setup.forget();
                    setup.layOut();
                    return null;
                });
            }
            double[] times = SearchBenchmark.onFx(() -> {
                long start = threads.getCurrentThreadCpuTime();
                setup.type(key);
                long filtered = threads.getCurrentThreadCpuTime();
                setup.layOut();
                long end = threads.getCurrentThreadCpuTime();
                return new double[] {(end - start) / 1e6, (filtered - start) / 1e6};
            });
            if (i >= KEYS) {
                total[i - KEYS] = times[0];
                filter[i - KEYS] = times[1];
            }
        }
        Arrays.sort(total);
        Arrays.sort(filter);
        System.out.printf(java.util.Locale.ROOT, "search-cpu %d %.3f %.3f%n", setup.prospects, total[KEYS / 2],
                filter[KEYS / 2]);
        setup.exit();
        System.exit(0);
    }
}
