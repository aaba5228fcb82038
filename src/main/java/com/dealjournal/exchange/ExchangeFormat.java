package com.dealjournal.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a journal is exchanged in. */
public enum ExchangeFormat {
    /** A folder with {@code prospects.csv} and {@code events.csv}. */
    CSV,
    /** One {@code .json} document. */
    JSON;

    /** CSV for a folder, JSON for a file whose name ends with {@code .json} (any case), else empty. */
    public static Optional<ExchangeFormat> of(Path source) {
        if (Files.isDirectory(source)) {
            return Optional.of(CSV);
        }
        Path name = source.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
