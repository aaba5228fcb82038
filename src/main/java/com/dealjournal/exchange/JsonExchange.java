package com.dealjournal.exchange;

import com.dealjournal.i18n.Messages;
import com.dealjournal.io.SafeFiles;
import com.dealjournal.model.JournalContent;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Currency;

/**
 * The JSON exchange format: one document
 * {@code {"format":"deal-journal","version":1,"defaultCurrency":"EUR","prospects":[{..., "events":[...]}]}}
 * with the CSV format's fields in camelCase and each prospect's events nested inside it. The same rules
 * as CSV; problems name the line of the offending value and its path.
 */
public final class JsonExchange {

    private final Messages messages;

    public JsonExchange(Messages messages) {
        this.messages = messages;
    }

    /**
     * Reads the document.
     *
     * @param defaultCurrency the currency of prospects without one, unless the document names its own
     */
    public ImportResult read(Path file, Currency defaultCurrency) {
        return JsonImport.read(file, defaultCurrency, new Problems(messages));
    }

    /**
     * Writes the document to a temporary file and moves it into place whole.
     *
     * @throws FileAlreadyExistsException when the file exists and {@code overwrite} is false
     */
    public void write(JournalContent content, Path file, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        SafeFiles.write(file, out -> JsonExport.write(content, out));
    }
}
