package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Field;
import com.dealjournal.model.Input;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.Violation;
import com.dealjournal.ui.common.LineBreaks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The prospect being edited, as the text the user typed. Every change is converted and validated by
 * the model at once, so the form shows each problem beside its field and Save is only possible for a
 * prospect the journal would accept. Status, closed-on date and final price are not typed here: they
 * come with closing and reopening a deal.
 */
final class ProspectFormModel {

    final StringProperty name = new SimpleStringProperty(this, Field.NAME, "");
    final StringProperty company = new SimpleStringProperty(this, Field.COMPANY, "");
    final StringProperty contact = new SimpleStringProperty(this, Field.CONTACT, "");
    final StringProperty source = new SimpleStringProperty(this, Field.SOURCE, "");
    final StringProperty firstContact = new SimpleStringProperty(this, Field.FIRST_CONTACT, "");
    final StringProperty currency = new SimpleStringProperty(this, Field.CURRENCY, "");
    final StringProperty listPrice = new SimpleStringProperty(this, Field.LIST_PRICE, "");
    final StringProperty walkAwayPrice = new SimpleStringProperty(this, Field.WALK_AWAY_PRICE, "");
    final ObjectProperty<Integer> gutFeeling = new SimpleObjectProperty<>(this, Field.GUT_FEELING);
    final StringProperty notes = new SimpleStringProperty(this, Field.NOTES, "");

    private final Messages messages;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Prospect> base = new ReadOnlyObjectWrapper<>();
    private List<Object> loaded = List.of();
    private Prospect built;

    ProspectFormModel(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
        for (Observable field : fields()) {
            field.addListener(o -> revalidate());
        }
    }

    private List<Observable> fields() {
        return List.of(name, company, contact, source, firstContact, currency, listPrice, walkAwayPrice,
                gutFeeling, notes);
    }

    /** Shows a prospect for editing; nothing is changed yet. */
    void load(Prospect prospect) {
        base.set(prospect);
        name.set(text(prospect.name()));
        company.set(text(prospect.company()));
        contact.set(text(prospect.contact()));
        source.set(text(prospect.source()));
        firstContact.set(prospect.firstContact() == null ? "" : prospect.firstContact().toString());
        currency.set(prospect.currency().getCurrencyCode());
        listPrice.set(amount(prospect.listPrice()));
        walkAwayPrice.set(amount(prospect.walkAwayPrice()));
        gutFeeling.set(prospect.gutFeeling());
        notes.set(text(prospect.notes()));
        loaded = snapshot();
        revalidate();
    }

    /** The prospect being edited as it was loaded, or {@code null} when none is. */
    ReadOnlyObjectProperty<Prospect> baseProperty() {
        return base.getReadOnlyProperty();
    }

    /** Field name to message, for every field with a problem; empty when the prospect may be saved. */
    ReadOnlyObjectProperty<Map<String, String>> errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    /** Whether anything differs from what was loaded. */
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The edited prospect, when it is valid. */
    java.util.Optional<Prospect> result() {
        return java.util.Optional.ofNullable(built);
    }

    private void revalidate() {
        Prospect original = base.get();
        if (original == null) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        LocalDate first = parse(violations, () -> Input.date(Field.FIRST_CONTACT, firstContact.get()));
        Currency money = parse(violations, () -> Input.currency(Field.CURRENCY, currency.get()));
        BigDecimal list = parse(violations, () -> Input.typedDecimal(Field.LIST_PRICE, listPrice.get(), locale));
        BigDecimal walkAway = parse(violations,
                () -> Input.typedDecimal(Field.WALK_AWAY_PRICE, walkAwayPrice.get(), locale));
        if (money == null && violations.stream().noneMatch(v -> v.field().equals(Field.CURRENCY))) {
            violations.add(Violation.of(Field.CURRENCY, "validation.required"));
        }
        built = null;
        if (money != null) {
            Prospect candidate = new Prospect(original.id(), blankToNull(name.get()), blankToNull(company.get()),
                    blankToNull(contact.get()), blankToNull(source.get()), first, original.status(),
                    original.closedOn(), money, list, walkAway, original.finalPrice(), gutFeeling.get(),
                    blankToNull(notes.get()));
            violations.addAll(candidate.validate());
            if (violations.isEmpty()) {
                built = candidate;
            }
        }
        for (Violation violation : violations) {
            problems.putIfAbsent(violation.field(), messages.describe(violation));
        }
        errors.set(Map.copyOf(problems));
        dirty.set(!snapshot().equals(loaded));
    }

    private List<Object> snapshot() {
        List<Object> values = new ArrayList<>();
        for (Observable field : fields()) {
            values.add(Objects.toString(((javafx.beans.value.ObservableValue<?>) field).getValue(), ""));
        }
        return values;
    }

    private static <T> T parse(List<Violation> violations, java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** Empty text is no value; a line break pasted into a one-line field comes back as one, for the model to name. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : LineBreaks.restore(text.strip());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
