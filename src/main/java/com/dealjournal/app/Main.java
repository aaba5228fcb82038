package com.dealjournal.app;

import com.dealjournal.store.NativeSqlite;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The launcher. It does not extend {@code Application}, so the jar runs from a plain classpath
 * ({@code java -jar deal-journal.jar}) with JavaFX in {@code lib/}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        JournalLocation location = JournalLocation.ofSystem();
        // load SQLite's library from a copy kept beside the journals, not extracted anew on every start;
        // finding it costs a tenth of a second (sqlite-jdbc asks the OS what it is), so it is done beside
        // the toolkit's start, and should a journal open first, sqlite-jdbc just extracts as it used to
        Thread.ofPlatform().daemon().name("deal-journal-native-sqlite")
                .start(() -> NativeSqlite.useCopyIn(location.dataFolder().resolve("native")));
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        int exitCode = Cli.run(args, new Cli.Context(location, new FxLauncher(), out, err));
        System.exit(exitCode);
    }
}
