package com.dealjournal.ui.prospects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

/** The list the prospect table shows, as the table's sorted list and its other listeners see it. */
class ReplacedListTest {

    private final ReplacedList<String> list = new ReplacedList<>();

    @Test
    void aSortedListOverItFollowsEveryReplacementSortedOrNot() {
        SortedList<String> inOrder = new SortedList<>(list);
        SortedList<String> sorted = new SortedList<>(list, Comparator.reverseOrder());

        for (List<String> now : List.of(List.of("b", "a", "c"), List.of("c"), List.<String>of(), List.of("d", "a"),
                List.of("a", "d", "e", "b"))) {
            list.replace(now);
            assertThat(inOrder).containsExactlyElementsOf(now);
            assertThat(sorted).containsExactlyElementsOf(now.stream().sorted(Comparator.reverseOrder()).toList());
        }
    }

    @Test
    void everyListenerSeesOneChangeThatReplacesTheOldContentsByTheNew() {
        List<String> seen = new ArrayList<>();
        for (String listener : List.of("first", "second")) {
            list.addListener((ListChangeListener<String>) c -> {
                while (c.next()) {
                    seen.add(listener + " " + c.getFrom() + "-" + c.getTo() + " removed " + c.getRemoved()
                            + " added " + c.getAddedSubList() + (c.wasPermutated() ? " permutated" : ""));
                }
            });
        }

        list.replace(List.of("a", "b"));
        list.replace(List.of("c"));
        list.replace(List.of());
        list.replace(List.of());

        assertThat(seen).containsExactly(
                "first 0-2 removed [] added [a, b]", "second 0-2 removed [] added [a, b]",
                "first 0-1 removed [a, b] added [c]", "second 0-1 removed [a, b] added [c]",
                "first 0-0 removed [c] added []", "second 0-0 removed [c] added []");
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
