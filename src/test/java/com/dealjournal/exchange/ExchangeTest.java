package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the format by path, writing without overwriting by accident, and how a problem reads. */
class ExchangeTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Exchange exchange = new Exchange(messages);

    @Test
    void aFolderIsCsvAJsonFileIsJsonAnythingElseNeither() throws IOException {
        Path csvFolder = Files.createDirectories(folder.resolve("export.json")); // a folder, whatever its name

        assertThat(ExchangeFormat.of(csvFolder)).contains(ExchangeFormat.CSV);
        assertThat(ExchangeFormat.of(folder.resolve("journal.json"))).contains(ExchangeFormat.JSON);
        assertThat(ExchangeFormat.of(folder.resolve("JOURNAL.Json"))).contains(ExchangeFormat.JSON);
        assertThat(ExchangeFormat.of(folder.resolve("journal.csv"))).isEmpty();
        assertThat(ExchangeFormat.of(folder.resolve("not-yet-a-folder"))).isEmpty();
    }

    @Test
    void theFacadeReadsEachFormatByItsPath() throws IOException {
        JournalContent content = ExactFormatTest.journal();
        exchange.write(content, folder.resolve("csv"), ExchangeFormat.CSV, false);
        exchange.write(content, folder.resolve("journal.json"), ExchangeFormat.JSON, false);

        ImportResult fromCsv = exchange.read(folder.resolve("csv"), EUR);
        ImportResult fromJson = exchange.read(folder.resolve("journal.json"), EUR);

        assertThat(fromCsv.ok()).isTrue();
        assertThat(fromJson.content()).isEqualTo(fromCsv.content());
        assertThat(fromCsv.content().prospects()).extracting(JournalContent.Entry::key).containsExactly("12", "13");
        assertThat(fromCsv.content().eventCount()).isEqualTo(7);
    }

    @Test
    void aPathOfNeitherFormatIsOneProblemSayingWhatToChoose() {
        ImportResult result = exchange.read(folder.resolve("journal.xlsx"), EUR);

        assertThat(result.problemCount()).isEqualTo(1);
        assertThat(result.problems().getFirst().describe()).isEqualTo("journal.xlsx: Choose a folder for the CSV "
                + "format (prospects.csv and events.csv) or a file ending in .json.");
    }

    @Test
    void csvCreatesItsFolderAndRefusesToOverwriteEitherFile() throws IOException {
        Path target = folder.resolve("a/b");
        CsvExchange csv = new CsvExchange(messages);
        JournalContent empty = new JournalContent(EUR, List.of());
        csv.write(empty, target, false);
        Files.delete(target.resolve(CsvExchange.PROSPECTS_FILE));
        Files.writeString(target.resolve(CsvExchange.EVENTS_FILE), "keep me");

        assertThatThrownBy(() -> csv.write(ExactFormatTest.journal(), target, false))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(target.resolve(CsvExchange.EVENTS_FILE).toString());
        assertThat(target.resolve(CsvExchange.PROSPECTS_FILE)).doesNotExist();
        assertThat(target.resolve(CsvExchange.EVENTS_FILE)).hasContent("keep me");

        csv.write(ExactFormatTest.journal(), target, true);
        assertThat(csv.read(target, EUR).content().eventCount()).isEqualTo(7);
        assertThat(filesIn(target)).containsExactlyInAnyOrder(CsvExchange.PROSPECTS_FILE, CsvExchange.EVENTS_FILE);
    }

    @Test
    void jsonRefusesToOverwriteUnlessAsked() throws IOException {
        Path file = folder.resolve("journal.json");
        Files.writeString(file, "keep me");
        JsonExchange json = new JsonExchange(messages);

        assertThatThrownBy(() -> json.write(ExactFormatTest.journal(), file, false))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessage(file.toString());
        assertThat(file).hasContent("keep me");

        json.write(ExactFormatTest.journal(), file, true);
        assertThat(json.read(file, EUR).ok()).isTrue();
        assertThat(filesIn(folder)).containsExactly("journal.json");
    }

    @Test
    void aMissingFolderIsOneProblem() {
        ImportResult result = new CsvExchange(messages).read(folder.resolve("gone"), EUR);

        assertThat(result.problems()).extracting(ImportProblem::describe).containsExactly("gone: The folder does not "
                + "exist. A CSV exchange is a folder with the files prospects.csv and events.csv.");
    }

    @Test
    void aProblemDescribesItsPlaceAsFarAsItHasOne() {
        assertThat(new ImportProblem("events.csv", 7, "asked_percent", "Too much.").describe())
                .isEqualTo("events.csv, line 7, column asked_percent: Too much.");
        assertThat(new ImportProblem("events.csv", 7, null, "Broken.").describe())
                .isEqualTo("events.csv, line 7: Broken.");
        assertThat(new ImportProblem("events.csv", 0, null, "Missing.").describe()).isEqualTo("events.csv: Missing.");
        assertThat(new ImportProblem("j.json", 12_345, "prospects[0].name", "Bad.").describe(new Messages(Locale.GERMAN)))
                .isEqualTo("j.json, Zeile 12345, Spalte prospects[0].name: Bad.");
    }

    @Test
    void aResultHasEitherContentOrProblems() {
        assertThat(new ImportResult(new JournalContent(EUR, List.of()), List.of(), 0).ok()).isTrue();
        assertThatThrownBy(() -> new ImportResult(null, List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
