package org.strata.data.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.register.KeyValueText;

/**
 * What a journal held when it was last closed: its length, the CRC-32C of those bytes and each county's last
 * event, kept beside it ({@code register.journal.checkpoint}). Opening trusts the blocks of that prefix — every one
 * was checked when it was first read — once the prefix's bytes still give the same CRC, and reads only the blocks
 * after it; a checkpoint that does not match its journal (the journal damaged or replaced) is ignored and every block
 * is read.
 *
 * @param length the bytes of whole blocks it covers
 * @param crc the CRC-32C of those bytes
 * @param heads each county's last event within them
 */
record JournalCheckpoint(long length, long crc, Map<String, ChainHead> heads) {
    /** The checkpoint file of a journal. */
    static Path fileOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".checkpoint");
    }

    /** The journal's checkpoint, when there is one and the journal's first bytes still match it. */
    static Optional<JournalCheckpoint> read(Path journal) throws IOException {
        Path file = fileOf(journal);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JournalCheckpoint checkpoint;
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int check = content.lastIndexOf("check=");
            String text = content.substring(0, check);
            if (!content.substring(check).equals("check=" + textCrc(text) + "\n")) {
                return Optional.empty(); // the checkpoint itself is damaged
            }
            Map<String, String> fields = KeyValueText.parse(text);
            Map<String, ChainHead> heads = new TreeMap<>();
            fields.forEach((name, value) -> {
                if (name.startsWith("head.")) {
                    int colon = value.indexOf(':');
                    heads.put(
                            name.substring(5),
                            new ChainHead(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1)));
                }
            });
            checkpoint = new JournalCheckpoint(
                    Long.parseLong(fields.get("length")), Long.parseLong(fields.get("crc"), 16), heads);
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable: every block is read instead
        }
        if (Files.size(journal) < checkpoint.length() || crc(journal, checkpoint.length()) != checkpoint.crc()) {
            return Optional.empty();
        }
        return Optional.of(checkpoint);
    }

    /** Writes the checkpoint of a journal's first {@code length} bytes, replacing the previous one whole. */
    static void write(Path journal, long length, Map<String, ChainHead> heads) throws IOException {
        KeyValueText text = new KeyValueText()
                .put("length", Long.toString(length))
                .put("crc", Long.toHexString(crc(journal, length)));
        heads.forEach((county, head) -> text.put("head." + county, head.sequence() + ":" + head.hash()));
        Path file = fileOf(journal);
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(
                next,
                text + "check=" + textCrc(text.toString()) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String textCrc(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /** The CRC-32C of a file's first {@code length} bytes. */
    private static long crc(Path file, long length) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 20];
        long left = length;
        try (InputStream in = Files.newInputStream(file)) {
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("the journal ends before " + length + " bytes");
                }
                crc.update(buffer, 0, n);
                left -= n;
            }
        }
        return crc.getValue();
    }
}
