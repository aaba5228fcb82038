package com.dealjournal.io;

import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.review.MonthlyFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A month's figures as CSV: a header {@code figure,value} and one row per figure, named as in
 * {@code report --json} ({@code concededMoney.EUR}, {@code closed.WON} …); money with two decimals, an
 * empty value for "no score". UTF-8, comma separated, RFC 4180 quoting.
 */
public final class FiguresCsv {

    private FiguresCsv() {
    }

    public static void write(MonthlyFigures f, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("figure", "value").setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord("month", f.month().toString());
            csv.printRecord("chaseLimit", f.chaseLimit());
            csv.printRecord("requests", f.requests());
            csv.printRecord("held", f.held());
            csv.printRecord("traded", f.traded());
            csv.printRecord("conceded", f.conceded());
            csv.printRecord("followUps", f.followUps());
            csv.printRecord("excessFollowUps", f.excessFollowUps());
            csv.printRecord("gaveGround", f.gaveGround());
            csv.printRecord("eyeLevelScore", f.eyeLevelScore() == null ? "" : f.eyeLevelScore().toString());
            for (var money : f.concededMoney().entrySet()) {
                csv.printRecord("concededMoney." + money.getKey(), money.getValue().setScale(2).toPlainString());
            }
            for (ProspectStatus status : ProspectStatus.values()) {
                if (status.isClosed()) {
                    csv.printRecord("closed." + status.name(), f.closed().getOrDefault(status, 0));
                }
            }
        }
    }
}
