package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding UTF-8 and knowing exactly where a file had bytes that are not UTF-8. */
class Utf8ReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryCharacterAcrossBufferBoundariesEvenOneAtATime() throws IOException {
        String text = "äö😀日本,\r\n".repeat(5_000);

        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), 8192)).isEqualTo(text);
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(text);
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedAndOnlyThatOne() throws IOException {
        assertThat(readAll(bytes("\uFEFFid\uFEFF"), 100)).isEqualTo("id\uFEFF");
        assertThat(readAll(bytes("\uFEFF"), 100)).isEmpty();
        assertThat(readAll(new byte[] {(byte) 0xEF, (byte) 0xBB}, 100)).as("half a mark").isEqualTo("\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8190, 8191, 8192, 8193, 16_383, 20_000})
    void remembersWhereBytesWereReplacedWhereverTheyAre(int offset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes("a".repeat(offset)));
        out.write(0xE9); // Latin-1 é
        out.write(bytes("b\uFFFDc".repeat(3_000)));
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(out.toByteArray()));
        String text = drain(reader, 4096);

        assertThat(text.charAt(offset)).isEqualTo('\uFFFD');
        assertThat(reader.replacedBetween(0, offset)).isFalse();
        assertThat(reader.replacedBetween(offset, offset + 1)).isTrue();
        assertThat(reader.replacedBetween(offset + 1, Long.MAX_VALUE)).as("a U+FFFD the file holds").isFalse();
    }

    @Test
    void aSequenceCutOffAtTheEndIsReplaced() throws IOException {
        byte[] euro = bytes("€");
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] {'x', euro[0], euro[1]}));

        assertThat(drain(reader, 10)).isEqualTo("x\uFFFD");
        assertThat(reader.replacedBetween(1, 2)).isTrue();
    }

    @Test
    void textInUtf8OrWithSomeLatin1IsTextAPictureOrUtf16IsNot() throws IOException {
        assertThat(binary(bytes("id,name\r\n1,Müller 😀\r\n"))).isFalse();
        assertThat(binary("id,name\r\n1,Müller und Söhne, Gärtnerei\r\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
        assertThat(binary(new byte[0])).isFalse();
        assertThat(binary("id,name\r\n".getBytes(StandardCharsets.UTF_16LE))).isTrue();
        assertThat(binary(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D})).isTrue();
    }

    private boolean binary(byte[] content) throws IOException {
        Path file = folder.resolve("sample-" + System.nanoTime());
        Files.write(file, content);
        return Utf8Reader.looksBinary(file);
    }

    private static String readAll(byte[] bytes, int chunk) throws IOException {
        try (Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
            return drain(reader, chunk);
        }
    }

    private static String drain(Reader reader, int chunk) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[chunk];
        int n;
        while ((n = reader.read(buffer, 0, chunk)) >= 0) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
