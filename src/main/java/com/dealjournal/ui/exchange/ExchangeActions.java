package com.dealjournal.ui.exchange;

import com.dealjournal.exchange.CsvExchange;
import com.dealjournal.exchange.Exchange;
import com.dealjournal.exchange.ExchangeFormat;
import com.dealjournal.exchange.ImportResult;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Confirm;
import com.dealjournal.ui.common.JournalChooser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * File > Import and File > Export: choose a file, read or write it off the FX thread, and show an import
 * as a preview (or its problems) before a single row is written.
 */
public final class ExchangeActions {

    /** What the window hands in: the open journal, a way to show it again, a place for a message. */
    public record Host(Supplier<Window> owner, Supplier<Optional<Journal>> journal,
                         Consumer<Journal> reload, Consumer<String> status) {
    }

    private final Messages messages;
    private final Async async;
    private final JournalChooser chooser;
    private final Host host;
    private final Exchange exchange;
    private final ImportPreview preview;

    public ExchangeActions(Messages messages, Async async, JournalChooser chooser, Host host) {
        this.messages = messages;
        this.async = async;
        this.chooser = chooser;
        this.host = host;
        this.exchange = new Exchange(messages);
        this.preview = new ImportPreview(messages);
    }

    /** Asks for a CSV folder or a JSON file, reads and checks all of it, and shows what it would add. */
    public void importFrom(ExchangeFormat format) {
        Optional<Journal> open = host.journal().get();
        if (open.isEmpty()) {
            return;
        }
        Journal journal = open.get();
        chosenSource(format).ifPresent(source -> {
            host.status().accept(messages.format("import.status.reading", source.toString()));
            async.run(() -> exchange.read(source, journal.settings().defaultCurrency()))
                    .onSuccess(result -> previewed(journal, source, result))
                    .start();
        });
    }

    private void previewed(Journal journal, Path source, ImportResult result) {
        if (!result.ok()) {
            host.status().accept(messages.format("import.status.refused", result.problemCount()));
            preview.showProblems(host.owner().get(), source, result);
            return;
        }
        JournalContent content = result.content();
        if (!preview.confirm(host.owner().get(), source, journal.file(), content)) {
            host.status().accept(messages.get("import.status.cancelled"));
            return;
        }
        async.run(() -> {
            journal.add(content);
            return journal;
        }).onSuccess(done -> {
            host.reload().accept(done);
            host.status().accept(messages.format("import.status.done", content.prospects().size(),
                    content.eventCount(), source.toString()));
        }).start();
    }

    /** Asks where to, and writes the whole journal as a CSV pair or a JSON file. */
    public void exportTo(ExchangeFormat format) {
        Optional<Journal> open = host.journal().get();
        if (open.isEmpty()) {
            return;
        }
        Journal journal = open.get();
        Optional<Path> target = format == ExchangeFormat.CSV
                ? chooser.chooseFolder(host.owner().get(), messages.get("export.chooser.csv"))
                // the save dialog has asked already whether to replace an existing file
                : chooser.chooseExport(host.owner().get(), exportName(journal), "json");
        target.ifPresent(path -> {
            if (format == ExchangeFormat.JSON) {
                write(journal, format, path);
                return;
            }
            async.run(() -> Files.exists(path.resolve(CsvExchange.PROSPECTS_FILE))
                            || Files.exists(path.resolve(CsvExchange.EVENTS_FILE)))
                    .onSuccess(exists -> {
                        if (!exists || Confirm.ask(host.owner().get(), messages.get("export.replace.header"),
                                messages.format("export.replace.text", path.toString()),
                                messages.get("export.replace.action"), messages.get("export.replace.cancel"))) {
                            write(journal, format, path);
                        }
                    }).start();
        });
    }

    private void write(Journal journal, ExchangeFormat format, Path target) {
        host.status().accept(messages.format("export.status.writing", target.toString()));
        async.run(() -> {
            JournalContent content = journal.content();
            exchange.write(content, target, format, true);
            return content;
        }).onSuccess(content -> host.status().accept(messages.format("export.status.done",
                content.prospects().size(), content.eventCount(), target.toString()))).start();
    }

    private Optional<Path> chosenSource(ExchangeFormat format) {
        Window owner = host.owner().get();
        return format == ExchangeFormat.CSV
                ? chooser.chooseFolder(owner, messages.get("import.chooser.csv"))
                : chooser.chooseFile(owner, messages.get("import.chooser.json"), "json");
    }

    private static String exportName(Journal journal) {
        String name = journal.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }
}
