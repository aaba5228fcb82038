package com.dealjournal.exchange;

import com.dealjournal.i18n.Messages;
import com.dealjournal.io.SafeFiles;
import com.dealjournal.model.JournalContent;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;

/**
 * The CSV exchange format: a folder with {@value #PROSPECTS_FILE} and {@value #EVENTS_FILE}, which a
 * spreadsheet opens and a person can edit. The columns, values and rules are those of the exchange
 * format's description; problems name the file, the line as a spreadsheet counts it and the column.
 */
public final class CsvExchange {

    public static final String PROSPECTS_FILE = "prospects.csv";
    public static final String EVENTS_FILE = "events.csv";

    private final Messages messages;

    public CsvExchange(Messages messages) {
        this.messages = messages;
    }

    /**
     * Reads both files of the folder.
     *
     * @param defaultCurrency the currency of prospects whose currency cell is empty
     */
    public ImportResult read(Path folder, Currency defaultCurrency) {
        return CsvImport.read(folder, defaultCurrency, new Problems(messages));
    }

    /**
     * Writes both files into the folder, creating it if missing; each file is written to a temporary
     * file and moved into place whole.
     *
     * @throws FileAlreadyExistsException naming the file, when one of the two files exists and {@code overwrite}
     *                                    is false; then neither file is written
     */
    public void write(JournalContent content, Path folder, boolean overwrite) throws IOException {
        Files.createDirectories(folder);
        Path prospects = folder.resolve(PROSPECTS_FILE);
        Path events = folder.resolve(EVENTS_FILE);
        if (!overwrite) {
            for (Path file : new Path[] {prospects, events}) {
                if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
            }
        }
        SafeFiles.write(prospects, out -> CsvExport.prospects(content, out));
        SafeFiles.write(events, out -> CsvExport.events(content, out));
    }
}
