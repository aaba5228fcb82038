package com.dealjournal.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Walks the structure of a JSON document with the streaming parser and reports what has the wrong shape
 * (a list that is no list, a repeated or unknown key, a value of the wrong kind) at the line where it is.
 */
final class JsonWalker {

    private final JsonParser json;
    private final String file;
    private final Problems problems;

    JsonWalker(JsonParser json, String file, Problems problems) {
        this.json = json;
        this.file = file;
        this.problems = problems;
    }

    /** What to do with one key of an object, the parser standing on its value. */
    @FunctionalInterface
    interface KeyReader {
        void read(String name, long nameLine) throws IOException;
    }

    /** Reads an object's keys up to its end; a key it already had is a problem and is skipped. */
    void keys(String path, KeyReader reader) throws IOException {
        Set<String> seen = new HashSet<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            long nameLine = line();
            json.nextToken();
            if (seen.add(name)) {
                reader.read(name, nameLine);
            } else {
                problems.add(file, nameLine, path.isEmpty() ? name : path + "." + name, "exchange.json.duplicateKey",
                        name);
                json.skipChildren();
            }
        }
    }

    /** Whether the value is a list to read; null is an empty one, anything else a problem. */
    boolean list(String path) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            problems.add(file, line(), path, "exchange.json.expectList");
            json.skipChildren();
        }
        return false;
    }

    boolean object(String path) throws IOException {
        if (json.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        problems.add(file, line(), path, "exchange.json.expectObject");
        json.skipChildren();
        return false;
    }

    void take(JsonCells cells, String field) throws IOException {
        long valueLine = line();
        String wrong = cells.take(field, json, valueLine);
        if (wrong != null) {
            problems.add(file, valueLine, cells.path(field), wrong);
        }
    }

    void unknownKey(long nameLine, String path, String name, String known) throws IOException {
        problems.add(file, nameLine, path, "exchange.json.unknownKey", name, known);
        json.skipChildren();
    }

    /** The line of the token the parser stands on. */
    long line() {
        return lineOf(json.currentTokenLocation());
    }

    static long lineOf(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
