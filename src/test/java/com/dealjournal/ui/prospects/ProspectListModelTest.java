package com.dealjournal.ui.prospects;

import static com.dealjournal.ui.prospects.SearchDefinition.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prospect list's search and filters, on the list model alone (no window). */
class ProspectListModelTest {

    private final ProspectListModel list = new ProspectListModel();

    private List<String> shownNames() {
        return list.shown().stream().map(s -> s.prospect().name()).toList();
    }

    private static ProspectSummary open(long id, String name, String company, String notes) {
        return summary(id, name, company, null, notes, ProspectStatus.OPEN, false);
    }

    @Test
    void findsTheTextInNameCompanyContactOrNotesIgnoringCaseAndSurroundingSpace() {
        list.setAll(List.of(
                open(1, "Anna Schmidt", null, null),
                open(2, "Bernd", "ANNAPURNA Trading", null),
                summary(3, "Carla", null, "carla@annex.example", null, ProspectStatus.OPEN, false),
                open(4, "Dora", null, "Call Anna's brother"),
                open(5, "Emil", "Nordlicht", "nothing here")));

        list.searchProperty().set("  ANNA \n");

        assertThat(shownNames()).containsExactly("Anna Schmidt", "Bernd", "Dora");
        list.searchProperty().set("ann");
        assertThat(shownNames()).containsExactly("Anna Schmidt", "Bernd", "Carla", "Dora");
    }

    @Test
    void aTextSpanningTwoFieldsMatchesNeither() {
        list.setAll(List.of(
                open(1, "Anna", "Schmidt GmbH", null),
                open(2, "Bernd", null, "Anna\nSchmidt GmbH, met at the fair")));

        list.searchProperty().set("anna schmidt");
        assertThat(shownNames()).isEmpty();
        list.searchProperty().set("annaschmidt");
        assertThat(shownNames()).isEmpty();
        // a line break pasted into the field is searched for as it is: only the notes hold it
        list.searchProperty().set("anna\nschmidt");
        assertThat(shownNames()).containsExactly("Bernd");
        list.searchProperty().set("anna\u0000schmidt");
        assertThat(shownNames()).isEmpty();
    }

    @Test
    void lettersBeyondAsciiAreLowerCasedAsTheRootLocaleDoes() {
        list.setAll(List.of(
                open(1, "ÄRGER Consulting", null, null),
                open(2, "Selin", "İstanbul Tekstil", null),
                open(3, "ΣΟΦΙΑ", null, null)));

        list.searchProperty().set("ärger");
        assertThat(shownNames()).containsExactly("ÄRGER Consulting");
        list.searchProperty().set("Ärg");
        assertThat(shownNames()).containsExactly("ÄRGER Consulting");
        // Locale.ROOT lower-cases 'İ' to 'i' and a combining dot above: "İst" finds it, "ist" does not
        list.searchProperty().set("İST");
        assertThat(shownNames()).containsExactly("Selin");
        list.searchProperty().set("istanbul");
        assertThat(shownNames()).isEmpty();
        list.searchProperty().set("stanbul");
        assertThat(shownNames()).containsExactly("Selin");
        list.searchProperty().set("σοφια");
        assertThat(shownNames()).containsExactly("ΣΟΦΙΑ");
    }

    @Test
    void typingOnAndDeletingAgainShowsEachTextsMatchesInTheListsOrder() {
        list.setAll(List.of(
                open(1, "Hanna Berg", null, null),
                open(2, "Anna Schmidt", null, null),
                open(3, "Jan", "Anna's Bakery", null),
                open(4, "Annabelle Stein", null, null),
                open(5, "Sandra", null, null)));
        List<String> every = shownNames();

        for (String typed : List.of("a", "an", "ann", "anna", "anna ", "anna s")) {
            list.searchProperty().set(typed);
        }
        assertThat(shownNames()).containsExactly("Anna Schmidt");
        list.searchProperty().set("anna "); // stripped: "anna"
        assertThat(shownNames()).containsExactly("Hanna Berg", "Anna Schmidt", "Jan", "Annabelle Stein");
        list.searchProperty().set("anna");
        assertThat(shownNames()).containsExactly("Hanna Berg", "Anna Schmidt", "Jan", "Annabelle Stein");
        list.searchProperty().set("an");
        assertThat(shownNames()).containsExactly("Hanna Berg", "Anna Schmidt", "Jan", "Annabelle Stein", "Sandra");
        list.searchProperty().set("");
        assertThat(shownNames()).isEqualTo(every);
    }

    @Test
    void theStatusAndWaitingFiltersCombineWithTheText() {
        list.setAll(List.of(
                summary(1, "Anna Open", null, null, null, ProspectStatus.OPEN, false),
                summary(2, "Anna Won", null, null, null, ProspectStatus.WON, false),
                summary(3, "Anna Waiting", null, null, null, ProspectStatus.OPEN, true),
                summary(4, "Bernd Waiting", null, null, null, ProspectStatus.OPEN, true)));

        list.searchProperty().set("anna");
        list.statusProperty().set(ProspectStatus.OPEN);
        assertThat(shownNames()).containsExactly("Anna Open", "Anna Waiting");
        list.waitingOnlyProperty().set(true);
        assertThat(shownNames()).containsExactly("Anna Waiting");
        list.searchProperty().set("");
        assertThat(shownNames()).containsExactly("Anna Waiting", "Bernd Waiting");
        list.waitingOnlyProperty().set(false);
        list.statusProperty().set(ProspectStatus.WON);
        list.searchProperty().set("anna");
        assertThat(shownNames()).containsExactly("Anna Won");
        list.statusProperty().set(null);
        assertThat(shownNames()).containsExactly("Anna Open", "Anna Won", "Anna Waiting");
    }

    @Test
    void aNewListIsSearchedForTheTextAlreadyTyped() {
        list.setAll(List.of(open(1, "Anna Schmidt", null, null), open(2, "Bernd", null, null)));
        list.searchProperty().set("anna");
        list.searchProperty().set("anna s");
        list.searchProperty().set("anna");
        assertThat(shownNames()).containsExactly("Anna Schmidt");

        // reloaded after an edit: Bernd's notes now name Anna, Anna was renamed
        list.setAll(List.of(open(1, "Anne Schmidt", null, null), open(2, "Bernd", null, "Anna's boss")));

        assertThat(shownNames()).containsExactly("Bernd");
        list.searchProperty().set("anna s");
        assertThat(shownNames()).isEmpty();
        list.searchProperty().set("ann");
        assertThat(shownNames()).containsExactly("Anne Schmidt", "Bernd");
        assertThat(list.find(2)).hasValueSatisfying(s -> assertThat(s.prospect().notes()).isEqualTo("Anna's boss"));
        assertThat(list.find(3)).isEmpty();
    }
}
