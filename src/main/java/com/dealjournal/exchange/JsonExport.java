package com.dealjournal.exchange;

import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes the JSON document: UTF-8, indented by two spaces with {@code "key": value}, every key written
 * ({@code null} for an empty field), amounts as plain JSON numbers (money with two decimals), words in
 * upper case, a line break at the end.
 */
final class JsonExport {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonExport() {
    }

    static void write(JournalContent content, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeStringField(JsonNames.FORMAT, JsonNames.FORMAT_NAME);
            json.writeNumberField(JsonNames.VERSION, JsonNames.FORMAT_VERSION);
            json.writeStringField(JsonNames.DEFAULT_CURRENCY, content.defaultCurrency().getCurrencyCode());
            json.writeArrayFieldStart(JsonNames.PROSPECTS);
            for (JournalContent.Entry entry : content.prospects()) {
                json.writeStartObject();
                json.writeStringField(JsonNames.ID, entry.key());
                fields(json, JsonNames.PROSPECT_KEYS, ProspectFields.values(entry.prospect()));
                json.writeArrayFieldStart(JsonNames.EVENTS);
                for (Event event : entry.events()) {
                    json.writeStartObject();
                    fields(json, JsonNames.EVENT_KEYS, EventFields.values(event));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void fields(JsonGenerator json, Map<String, String> keys, Object[] values) throws IOException {
        Iterator<String> key = keys.keySet().iterator();
        for (Object value : values) {
            json.writeFieldName(key.next());
            switch (value) {
                case null -> json.writeNull();
                case BigDecimal number -> json.writeNumber(number);
                case Integer number -> json.writeNumber(number);
                default -> json.writeString(value.toString());
            }
        }
    }

    /** Two spaces per level, {@code "key": value}, one value per line, and {@code []} for an empty list. */
    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
