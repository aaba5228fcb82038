package com.dealjournal.ui.prospects;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the user types, deletes, pastes or filters, and however often the list is read again, the
 * list shows exactly what {@link SearchDefinition#shown} says, in the list's order.
 */
class ProspectListModelPropertyTest {

    /**
     * Few letters, so that texts often match and often extend each other: upper and lower case, letters
     * that lower-case to something longer ('İ') or by their context in Greek, a combining dot, spaces, a
     * line break and NUL (which the search joins the fields with).
     */
    private static final char[] LETTERS = {'a', 'A', 'n', 'N', 'i', 'I', '\u0130', '\u0131', '\u0307', 'Ä', 'ä',
        'ß', 's', 'Σ', 'σ', 'ς', ' ', '\n', '\u0000'};

    /** One thing the user (or a reload) does to the list. */
    sealed interface Step {
    }

    record Type(String typed) implements Step {
    }

    record Delete(int count) implements Step {
    }

    record Paste(String text) implements Step {
    }

    record Status(ProspectStatus status) implements Step {
    }

    record Waiting(boolean only) implements Step {
    }

    record Reload(List<ProspectSummary> summaries) implements Step {
    }

    @Property(tries = 500)
    void theListShownIsTheDefinitionsAfterEveryStep(@ForAll("summaries") List<ProspectSummary> first,
                                                     @ForAll("steps") List<Step> steps) {
        ProspectListModel list = new ProspectListModel();
        list.setAll(first);
        List<ProspectSummary> all = first;
        String text = "";
        ProspectStatus status = null;
        boolean waitingOnly = false;
        for (Step step : steps) {
            switch (step) {
                case Type t -> text = text + t.typed();
                case Delete d -> text = text.substring(0, Math.max(0, text.length() - d.count()));
                case Paste p -> text = p.text();
                case Status s -> status = s.status();
                case Waiting w -> waitingOnly = w.only();
                case Reload r -> all = r.summaries();
            }
            list.searchProperty().set(text);
            list.statusProperty().set(status);
            list.waitingOnlyProperty().set(waitingOnly);
            if (step instanceof Reload) {
                list.setAll(all);
            }

            assertThat(list.shown()).as("after %s, searching %s", step, text.replace("\u0000", "\\0"))
                    .containsExactlyElementsOf(SearchDefinition.shown(all, text, status, waitingOnly));
        }
    }

    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.of(LETTERS).list().ofMaxSize(maxLength)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Provide
    Arbitrary<List<ProspectSummary>> summaries() {
        Arbitrary<String> field = text(8).injectNull(0.2);
        Arbitrary<ProspectStatus> status = Arbitraries.of(ProspectStatus.class);
        Arbitrary<SummaryWithoutId> one = Combinators.combine(text(8), field, field, field, status,
                Arbitraries.of(true, false)).as(SummaryWithoutId::new);
        return one.list().ofMaxSize(30).map(parts -> {
            List<ProspectSummary> summaries = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                summaries.add(parts.get(i).withId(i + 1));
            }
            return List.copyOf(summaries);
        });
    }

    private record SummaryWithoutId(String name, String company, String contact, String notes,
                                    ProspectStatus status, boolean waiting) {
        ProspectSummary withId(long id) {
            return SearchDefinition.summary(id, name, company, contact, notes, status, waiting);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, text(2).filter(t -> !t.isEmpty()).map(Type::new)),
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 3).map(Delete::new)),
                net.jqwik.api.Tuple.of(2, text(4).map(Paste::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(ProspectStatus.class).injectNull(0.4).map(Status::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(Waiting::new)),
                net.jqwik.api.Tuple.of(1, summaries().map(Reload::new)));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }
}
