package com.dealjournal.exchange;

import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.model.Input;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON document with Jackson's streaming parser, which knows the line of every value: each
 * problem names the line and the path of the value, such as {@code prospects[3].events[1].askedPercent}
 * (indexes count from 0). Numbers are read as exact decimals, never as doubles.
 */
final class JsonImport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser json;
    private final JsonWalker walk;
    private final String file;
    private final Problems problems;
    private final Currency defaultCurrency;
    private final Map<String, Long> keys = new HashMap<>();
    private final List<JournalContent.Entry> entries = new ArrayList<>();
    /** Prospects (by index) that named no currency and took the default: the document may name its own later. */
    private final BitSet defaulted = new BitSet();
    private String format;
    private String version;
    private long versionLine;
    private Currency documentCurrency;

    private JsonImport(JsonParser json, String file, Problems problems, Currency defaultCurrency) {
        this.json = json;
        this.walk = new JsonWalker(json, file, problems);
        this.file = file;
        this.problems = problems;
        this.defaultCurrency = defaultCurrency;
    }

    static ImportResult read(Path path, Currency defaultCurrency, Problems problems) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path); JsonParser json = FACTORY.createParser(in)) {
            JsonImport reader = new JsonImport(json, file, problems, defaultCurrency);
            if (reader.document()) {
                problems.sortByLine();
                return problems.result(reader::content);
            }
        } catch (NoSuchFileException e) {
            problems.only(file, 0, "exchange.json.fileMissing");
        } catch (JsonEOFException e) {
            problems.only(file, JsonWalker.lineOf(e.getLocation()), "exchange.json.truncated");
        } catch (JsonProcessingException e) {
            // Jackson reports some cut-off documents without its JsonEOFException
            boolean cutOff = String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
            problems.only(file, JsonWalker.lineOf(e.getLocation()),
                    cutOff ? "exchange.json.truncated" : "exchange.json.syntax", detail(e));
        } catch (IOException e) {
            problems.only(file, 0, "exchange.cannotRead", String.valueOf(e.getMessage()));
        }
        return problems.result(() -> null);
    }

    /** The whole document; false when it is no Deal Journal document at all (then that is the only problem). */
    private boolean document() throws IOException {
        JsonToken token = json.nextToken();
        if (token == null) {
            problems.only(file, 1, "exchange.json.empty");
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            problems.only(file, walk.line(), "exchange.json.notObject");
            return false;
        }
        walk.keys("", (name, nameLine) -> {
            switch (name) {
                case JsonNames.FORMAT -> format = json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : null;
                case JsonNames.VERSION -> version();
                case JsonNames.DEFAULT_CURRENCY -> documentCurrency();
                case JsonNames.PROSPECTS -> prospects();
                default -> walk.unknownKey(nameLine, name, name, String.join(", ", JsonNames.ROOT_KEYS));
            }
        });
        if (json.nextToken() != null) {
            problems.only(file, walk.line(), "exchange.json.trailing");
            return false;
        }
        if (!JsonNames.FORMAT_NAME.equals(format)) {
            problems.only(file, 0, "exchange.json.notDealJournal");
            return false;
        }
        if (!String.valueOf(JsonNames.FORMAT_VERSION).equals(version)) {
            problems.only(file, versionLine, version == null ? "exchange.json.noVersion" : "exchange.json.version",
                    version);
            return false;
        }
        return true;
    }

    /** The version as the file writes it; only the JSON number 1 is version 1. */
    private void version() throws IOException {
        versionLine = walk.line();
        JsonToken token = json.currentToken();
        version = token == JsonToken.VALUE_STRING ? '"' + json.getText() + '"'
                : token.isScalarValue() ? json.getText() : "?";
        json.skipChildren();
    }

    private void documentCurrency() throws IOException {
        JsonCells cells = new JsonCells("", walk.line());
        if (cells.take(Field.CURRENCY, json, walk.line()) != null) {
            problems.add(file, walk.line(), JsonNames.DEFAULT_CURRENCY, "exchange.json.expectText");
        } else if (cells.get(Field.CURRENCY) != null) {
            try {
                documentCurrency = Input.currency(Field.CURRENCY, cells.get(Field.CURRENCY));
            } catch (ValidationException e) {
                problems.add(file, walk.line(), JsonNames.DEFAULT_CURRENCY, e.violations().getFirst());
            }
        }
    }

    private void prospects() throws IOException {
        if (!walk.list(JsonNames.PROSPECTS)) {
            return;
        }
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String path = JsonNames.PROSPECTS + "[" + index++ + "]";
            if (walk.object(path)) {
                prospect(path);
            }
        }
    }

    private void prospect(String path) throws IOException {
        JsonCells cells = new JsonCells(path, walk.line());
        List<Event> events = new ArrayList<>();
        String[] key = new String[1];
        boolean[] keyUnreadable = new boolean[1];
        walk.keys(path, (name, nameLine) -> {
            if (name.equals(JsonNames.ID)) {
                cells.at(ProspectFields.ID, walk.line());
                JsonToken token = json.currentToken();
                if (token == JsonToken.VALUE_STRING || token.isNumeric()) {
                    key[0] = json.getText();
                } else if (token != JsonToken.VALUE_NULL) {
                    keyUnreadable[0] = true;
                    problems.add(file, walk.line(), cells.path(ProspectFields.ID), "exchange.json.expectId");
                    json.skipChildren();
                }
            } else if (name.equals(JsonNames.EVENTS)) {
                events(path, events);
            } else if (JsonNames.PROSPECT_KEYS.containsKey(name)) {
                walk.take(cells, JsonNames.PROSPECT_KEYS.get(name));
            } else {
                walk.unknownKey(nameLine, path + "." + name, name, JsonNames.PROSPECT_KEY_LIST);
            }
        });
        boolean hasKey = key[0] != null && !key[0].isBlank();
        if (hasKey) {
            Long first = keys.putIfAbsent(key[0], cells.line(ProspectFields.ID));
            if (first != null) {
                problem(cells, Violation.of(ProspectFields.ID, "exchange.duplicateId", key[0], first));
                hasKey = false;
            }
        } else if (!keyUnreadable[0]) {
            problem(cells, Violation.of(ProspectFields.ID, "validation.required"));
        }
        Currency currency = documentCurrency == null ? defaultCurrency : documentCurrency;
        Prospect prospect = ProspectFields.read(cells, currency, violation -> problem(cells, violation));
        if (prospect != null && hasKey) {
            if (cells.get(Field.CURRENCY) == null && documentCurrency == null) {
                defaulted.set(entries.size());
            }
            entries.add(new JournalContent.Entry(key[0], prospect, CsvImport.byDate(events)));
        }
    }

    private void events(String prospectPath, List<Event> events) throws IOException {
        if (!walk.list(prospectPath + "." + JsonNames.EVENTS)) {
            return;
        }
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String path = prospectPath + "." + JsonNames.EVENTS + "[" + index++ + "]";
            if (!walk.object(path)) {
                continue;
            }
            JsonCells cells = new JsonCells(path, walk.line());
            walk.keys(path, (name, nameLine) -> {
                if (JsonNames.EVENT_KEYS.containsKey(name)) {
                    walk.take(cells, JsonNames.EVENT_KEYS.get(name));
                } else {
                    walk.unknownKey(nameLine, path + "." + name, name, JsonNames.EVENT_KEY_LIST);
                }
            });
            Event event = EventFields.read(cells, violation -> problem(cells, violation));
            if (event != null) {
                events.add(event);
            }
        }
    }

    private void problem(JsonCells cells, Violation violation) {
        problems.add(file, cells.line(violation.field()), cells.path(violation.field()), violation);
    }

    private JournalContent content() {
        Currency currency = documentCurrency == null ? defaultCurrency : documentCurrency;
        List<JournalContent.Entry> all = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JournalContent.Entry entry = entries.get(i);
            if (defaulted.get(i) && !currency.equals(defaultCurrency)) {
                entry = new JournalContent.Entry(entry.key(), ProspectFields.inCurrency(entry.prospect(), currency),
                        entry.events());
            }
            all.add(entry);
        }
        return new JournalContent(currency, all);
    }

    /** Jackson's own words for what is wrong, without where it noticed it (the problem has the line). */
    private static String detail(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int end = message.indexOf('\n');
        message = end < 0 ? message : message.substring(0, end);
        int marker = message.indexOf(" (start marker at");
        return marker < 0 ? message : message.substring(0, marker);
    }
}
