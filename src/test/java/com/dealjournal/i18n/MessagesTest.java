package com.dealjournal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Field;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Violation;
import com.dealjournal.store.JournalOpenException;
import com.dealjournal.store.JournalProblem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English and German say the same things: the same keys, valid patterns, a label for every field. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/com/dealjournal/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> german = new TreeSet<>(load("messages_de.properties").stringPropertyNames());

        assertThat(german).as("keys missing in German").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(german);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_de.properties"})
    void everyTextIsAValidPatternAndNotEmpty(String bundle) throws IOException {
        Properties properties = load(bundle);
        for (String key : properties.stringPropertyNames()) {
            String text = properties.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            new MessageFormat(text, Locale.ROOT); // throws on a malformed placeholder
            // a lone ' starts a quoted part in MessageFormat and would vanish from the screen
            assertThat(text.replace("''", "")).as(key + ": write a single quote as ''").doesNotContain("'");
        }
    }

    @Test
    void everyFieldAndEveryJournalProblemHasAText() throws Exception {
        Messages messages = new Messages(Locale.ENGLISH);
        for (java.lang.reflect.Field constant : Field.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers())) {
                String field = (String) constant.get(null);
                assertThat(messages.fieldLabel(field)).as(field).isNotEqualTo(field);
            }
        }
        for (JournalProblem problem : JournalProblem.values()) {
            JournalOpenException e = new JournalOpenException(Path.of("/tmp/j.db"), problem, "detail");
            assertThat(messages.format(e.messageKey(), e.messageArgs())).contains("/tmp/j.db");
        }
    }

    @Test
    void violationsReadAsSentencesInEachLanguage() {
        Violation tooLong = Prospect.named("x".repeat(201), Currency.getInstance("EUR")).validate().getFirst();

        assertThat(new Messages(Locale.ENGLISH).describe(tooLong))
                .isEqualTo("Name is too long: 201 characters, at most 200 are allowed.");
        assertThat(new Messages(Locale.GERMAN).describe(tooLong))
                .isEqualTo("Name ist zu lang: 201 Zeichen, erlaubt sind höchstens 200.");
    }

    @Test
    void aDoubledQuoteShowsAsOneQuote() {
        String damaged = new Messages(Locale.ENGLISH).format("journal.problem.damaged", "/j.db", "page 3");

        assertThat(damaged).contains("SQLite's integrity check failed (page 3)");
    }

    @Test
    void theGermanBundleIsChosenForAGermanLocale() {
        assertThat(new Messages(Locale.GERMANY).get("nav.review")).isEqualTo("Rückblick");
        assertThat(new Messages(Locale.ENGLISH).get("nav.review")).isEqualTo("Review");
    }

    @Test
    void englishStaysEnglishOnASystemWhoseLanguageIsGerman() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new Messages(Locale.ENGLISH).get("nav.review")).isEqualTo("Review");
            assertThat(new Messages(Locale.FRENCH).get("nav.review")).as("a language without texts: English")
                    .isEqualTo("Review");
        } finally {
            Locale.setDefault(system);
        }
    }
}
