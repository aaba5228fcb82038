package com.dealjournal.exchange;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

/** Both exchange formats behind one door: the format follows from the path, as {@link ExchangeFormat#of} tells. */
public final class Exchange {

    private final Messages messages;
    private final CsvExchange csv;
    private final JsonExchange json;

    public Exchange(Messages messages) {
        this.messages = messages;
        this.csv = new CsvExchange(messages);
        this.json = new JsonExchange(messages);
    }

    /** Reads a CSV folder or a JSON file; any other path gives one problem that says what to choose. */
    public ImportResult read(Path source, Currency defaultCurrency) {
        return switch (ExchangeFormat.of(source).orElse(null)) {
            case CSV -> csv.read(source, defaultCurrency);
            case JSON -> json.read(source, defaultCurrency);
            case null -> {
                Path name = source.getFileName();
                ImportProblem problem = new ImportProblem(name == null ? source.toString() : name.toString(), 0,
                        null, messages.get("exchange.unknownFormat"));
                yield new ImportResult(null, List.of(problem), 1);
            }
        };
    }

    /** Writes the content in the given format: into a folder for CSV, into a file for JSON. */
    public void write(JournalContent content, Path target, ExchangeFormat format, boolean overwrite)
            throws IOException {
        switch (format) {
            case CSV -> csv.write(content, target, overwrite);
            case JSON -> json.write(content, target, overwrite);
        }
    }
}
