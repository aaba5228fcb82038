package com.dealjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the window's source code: a text a user sees is a bundle key, never a string literal, and every
 * key the code asks for is in both languages. The runtime side, what the German window really shows, is
 * {@link GermanEverywhereTest}.
 */
class NoLiteralTextTest {

    private static final Path MAIN = Path.of("src", "main", "java", "com", "dealjournal");
    /** Calls and constructors whose text argument a user sees or a screen reader speaks. */
    private static final Pattern SHOWS_TEXT = Pattern.compile("(?:\\.|\\b)(?:setText|setPromptText|setTitle|"
            + "setHeaderText|setContentText|setAccessibleText|setAccessibleHelp|setName|appendText|showMessage|"
            + "showFile|show)\\s*\\(|\\bnew\\s+(?:Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|Tooltip|"
            + "MenuItem|Menu|CheckMenuItem|RadioMenuItem|Tab|TitledPane|TableColumn|ButtonType|Text|TextField|"
            + "TextArea|Alert|EmptyState|KpiTile|PieChart\\.Data|XYChart\\.Series)\\s*(?:<[^>]*>)?\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** What a style class or a node's id looks like: they are not shown. */
    private static final Pattern STYLE_OR_ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    /** A bundle key, or the start or end of one that the code completes ("status." + name). */
    private static final Pattern KEY_LIKE = Pattern.compile("\\.?[a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*\\.?");
    private static final Pattern KEY_LOOKUP = Pattern.compile(
            "\\bmessages\\s*\\.\\s*(?:get|format|fieldLabel)\\s*\\(\\s*\"([^\"]+)\"\\s*(\\+|[,)])");

    private static Properties english;
    private static Properties german;

    @BeforeAll
    static void loadBundles() throws IOException {
        english = load("messages.properties");
        german = load("messages_de.properties");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = NoLiteralTextTest.class.getResourceAsStream("/com/dealjournal/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void noViewSetsAWordThatIsNotFromTheBundle() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("ui"))) {
            String code = withoutComments(Files.readString(file));
            Matcher call = SHOWS_TEXT.matcher(code);
            while (call.find()) {
                String arguments = arguments(code, call.end());
                for (String literal : literalsShown(arguments)) {
                    found.add(MAIN.relativize(file) + ":" + lineOf(code, call.start()) + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(found).as("texts a user would see, written in the code instead of the bundle").isEmpty();
    }

    @Test
    void theScanFindsAWordWrittenInTheCodeAndLetsKeysStyleClassesAndSignsThrough() {
        assertThat(literalsShown("\"Save\"")).containsExactly("Save");
        assertThat(literalsShown("name + \": \" + count + \" requests\"")).containsExactly(" requests");
        assertThat(literalsShown("messages.get(\"prospect.save\"), Icon.SAVE.node(16)")).isEmpty();
        assertThat(literalsShown("messages.get(\"status.\" + status.name())")).isEmpty();
        assertThat(literalsShown("\"tile-score\", messages.get(\"review.tile.score\")")).isEmpty();
        assertThat(literalsShown("messages.get(open ? \"dialog.problem.keep\" : \"dialog.problem.quit\")")).isEmpty();
        assertThat(literalsShown("messages.get(\"prospects.column.\" + key + \".tooltip\")")).isEmpty();
        assertThat(literalsShown("tooltip(\"prospects.search\", \"Ctrl+F\")")).containsExactly("Ctrl+F");
        assertThat(literalsShown("\"\\u2039\", value + \"\\u00a0%\", \" \\u00b7 \", \"\"")).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (Path file : javaFiles(MAIN)) {
            Matcher lookup = KEY_LOOKUP.matcher(withoutComments(Files.readString(file)));
            while (lookup.find()) {
                String key = lookup.group(1);
                boolean prefix = lookup.group(2).equals("+");
                keys++;
                for (Properties bundle : List.of(english, german)) {
                    boolean present = prefix ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : bundle.containsKey(key);
                    if (!present) {
                        missing.add(MAIN.relativize(file) + ": " + key + (bundle == english ? " (English)" : " (German)"));
                    }
                }
            }
        }
        assertThat(keys).as("keys found in the code").isGreaterThan(200);
        assertThat(missing).isEmpty();
    }

    /** The string literals among a call's arguments that a user would read. */
    static List<String> literalsShown(String arguments) {
        List<String> shown = new ArrayList<>();
        Matcher literal = LITERAL.matcher(arguments);
        while (literal.find()) {
            String text = unescape(literal.group(1));
            String before = arguments.substring(0, literal.start());
            boolean key = before.matches("(?s).*\\b(?:get|format|fieldLabel)\\s*\\(\\s*");
            if (key || isKey(text) || STYLE_OR_ID.matcher(text).matches() || text.matches("[A-Z0-9]") // a key's letter
                    || text.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            shown.add(text);
        }
        return shown;
    }

    /** Whether a literal is a key of the bundle, or the start or the end of one. */
    private static boolean isKey(String text) {
        return text.contains(".") && KEY_LIKE.matcher(text).matches() && english.stringPropertyNames().stream()
                .anyMatch(key -> key.equals(text) || key.startsWith(text) || key.endsWith(text));
    }

    /** The text from just after an opening parenthesis to its closing one, strings and chars skipped whole. */
    private static String arguments(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    private static int endOfLiteral(String code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            return code.indexOf("\"\"\"", start + 3) + 2;
        }
        for (int i = start + 1; i < code.length(); i++) {
            if (code.charAt(i) == '\\') {
                i++;
            } else if (code.charAt(i) == quote) {
                return i;
            }
        }
        return code.length();
    }

    /** The code with its comments blanked out (line breaks kept, so line numbers stay right). */
    private static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
                blank(out, i, end);
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                blank(out, i, end);
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    private static String unescape(String literal) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(++i);
                if (next == 'u') {
                    while (literal.charAt(i) == 'u') {
                        i++;
                    }
                    text.append((char) Integer.parseInt(literal.substring(i, i + 4), 16));
                    i += 3;
                } else {
                    text.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> next;
                    });
                }
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static int lineOf(String code, int index) {
        return (int) code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
