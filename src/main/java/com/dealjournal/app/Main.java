package com.dealjournal.app;

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
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        int exitCode = Cli.run(args, new Cli.Context(JournalLocation.ofSystem(), new FxLauncher(), out, err));
        System.exit(exitCode);
    }
}
