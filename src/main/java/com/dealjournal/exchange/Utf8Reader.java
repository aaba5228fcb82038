package com.dealjournal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads UTF-8 text, skipping a leading byte-order mark. Bytes that are not UTF-8 become U+FFFD, and the
 * reader remembers where: so a cell is reported as "not UTF-8 text" only where the file really had such
 * bytes, while a U+FFFD that a journal's note legitimately holds is read like any other character.
 */
final class Utf8Reader extends Reader {

    private static final int SAMPLE = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(SAMPLE);
    private final CharBuffer chars = CharBuffer.allocate(SAMPLE);
    private boolean endOfInput;
    private boolean finished;
    /** How many characters the buffers before the current one held. */
    private long base;
    private long[] replaced = new long[16];
    private int replacedCount;
    private int cursor;

    Utf8Reader(InputStream in) throws IOException {
        this.in = in;
        byte[] start = in.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        if (!bom) {
            bytes.put(start);
        }
        bytes.flip();
        chars.flip();
    }

    /**
     * Whether the file's start looks like binary data rather than text: at least a tenth of its first bytes
     * are zero bytes or not UTF-8. Such a file (a picture, a spreadsheet workbook, a text saved as UTF-16)
     * would otherwise give a problem for every line.
     */
    static boolean looksBinary(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        int suspicious = 0;
        for (byte b : sample) {
            if (b == 0) {
                suspicious++;
            }
        }
        CharsetDecoder check = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(sample);
        CharBuffer output = CharBuffer.allocate(SAMPLE);
        while (true) {
            CoderResult result = check.decode(input, output, false);
            if (result.isError()) {
                suspicious += result.length();
                input.position(input.position() + result.length());
            } else if (result.isOverflow()) {
                output.clear();
            } else {
                break; // the sample may end inside a character: not a problem
            }
        }
        return suspicious > 0 && suspicious * 10L >= sample.length;
    }

    /**
     * Whether bytes that are not UTF-8 were replaced within the characters {@code [start, end)}. Successive
     * calls must ask about ranges in file order.
     */
    boolean replacedBetween(long start, long end) {
        while (cursor < replacedCount && replaced[cursor] < start) {
            cursor++;
        }
        return cursor < replacedCount && replaced[cursor] < end;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        base += chars.limit();
        chars.clear();
        while (chars.hasRemaining() && !finished) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                if (!chars.hasRemaining()) {
                    break; // the replacement goes into the next buffer
                }
                remember(base + chars.position());
                chars.put('\uFFFD');
                bytes.position(bytes.position() + result.length());
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    finished = true;
                } else {
                    readBytes();
                }
            } else {
                break; // the buffer is full
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void remember(long offset) {
        if (replacedCount == replaced.length) {
            replaced = Arrays.copyOf(replaced, replacedCount * 2);
        }
        replaced[replacedCount++] = offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
