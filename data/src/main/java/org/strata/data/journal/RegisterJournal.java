package org.strata.data.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.port.StoreException;
import org.strata.registry.register.KeyValueText;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.StoredEvent;

/**
 * The journal file: entries appended as blocks of {@code name=value} lines closed by a {@code crc=} line (CRC-32
 * of the block) and a blank line, each fsynced before {@link #append} returns. A block cut short by a crash is
 * the last one, was never acknowledged, and is cut off when the journal opens; a damaged block anywhere else
 * stops the journal from opening.
 */
public final class RegisterJournal implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final Map<String, ChainHead> heads;

    private RegisterJournal(Path file, FileChannel channel, Map<String, ChainHead> heads) {
        this.file = file;
        this.channel = channel;
        this.heads = heads;
    }

    /**
     * Opens (or creates) the journal file, checking every block and cutting off a torn last one.
     *
     * @throws StoreException when a block before the last is damaged or the chains in it do not follow on
     */
    public static RegisterJournal open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Map<String, ChainHead> heads = new TreeMap<>();
            long valid = 0;
            if (Files.exists(file)) {
                long from = 0;
                Optional<JournalCheckpoint> checkpoint = JournalCheckpoint.read(file);
                if (checkpoint.isPresent()) {
                    heads.putAll(checkpoint.get().heads());
                    from = checkpoint.get().length();
                }
                valid = scan(file, from, entry -> follow(heads, entry, file));
            }
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (channel.size() > valid) {
                channel.truncate(valid);
                channel.force(true);
            }
            channel.position(valid);
            return new RegisterJournal(file, channel, heads);
        } catch (IOException e) {
            throw new StoreException("cannot open the register journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The journal's file. */
    public Path file() {
        return file;
    }

    /** The last journaled event of a county chain (0 and the genesis hash when none). */
    public synchronized ChainHead head(String county) {
        return heads.getOrDefault(county, new ChainHead(0, RegisterEvent.GENESIS_HASH));
    }

    /** The counties with journaled events. */
    public synchronized java.util.Set<String> counties() {
        return java.util.Set.copyOf(heads.keySet());
    }

    /**
     * Appends an entry and forces it to disk.
     *
     * @throws IllegalStateException when its events do not follow the county's last journaled event
     * @throws StoreException when the file cannot be written
     */
    public synchronized void append(JournalEntry entry) {
        Map<String, ChainHead> next = new TreeMap<>(heads);
        follow(next, entry, file);
        String text = entry.encode();
        byte[] block = (text + "crc=" + crc(text) + "\n\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(block);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new StoreException("cannot write the register journal " + file + ": " + e.getMessage(), e);
        }
        heads.putAll(next);
    }

    /**
     * Reads every whole entry of a journal file, in order.
     *
     * @return the number of bytes of whole entries (what follows is a torn last block)
     * @throws StoreException when a block before the last is damaged
     */
    public static long scan(Path file, Consumer<JournalEntry> visitor) {
        return scan(file, 0, visitor);
    }

    /** Reads the whole entries from a block boundary on (what a checkpoint covers is not read again). */
    private static long scan(Path file, long from, Consumer<JournalEntry> visitor) {
        long offset = from;
        long validEnd = from;
        StringBuilder block = new StringBuilder();
        try (InputStream raw = Files.newInputStream(file);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(skipped(raw, from), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            String pendingCrc = null;
            while ((line = in.readLine()) != null) {
                offset += line.getBytes(StandardCharsets.UTF_8).length + 1L;
                if (pendingCrc == null) {
                    if (line.startsWith("crc=")) {
                        pendingCrc = line.substring(4);
                    } else {
                        block.append(line).append('\n');
                    }
                    continue;
                }
                JournalEntry entry;
                try {
                    if (!line.isEmpty()) {
                        throw new IllegalArgumentException("a block does not end with a blank line");
                    }
                    entry = decode(block.toString(), pendingCrc);
                } catch (IllegalArgumentException e) {
                    if (in.readLine() == null) {
                        return validEnd; // the last block, cut short by a crash: it was never acknowledged
                    }
                    throw new StoreException(
                            "the register journal " + file + " is damaged at byte " + validEnd + ": " + e.getMessage(),
                            null);
                }
                visitor.accept(entry);
                validEnd = offset;
                block.setLength(0);
                pendingCrc = null;
            }
            return validEnd;
        } catch (IOException e) {
            throw new StoreException("cannot read the register journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream skipped(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
        return in;
    }

    private static JournalEntry decode(String text, String crc) {
        if (!crc(text).equals(crc)) {
            throw new IllegalArgumentException("the block's CRC does not match its text");
        }
        return JournalEntry.decode(KeyValueText.parse(text));
    }

    /** Moves the heads past an entry, checking that it follows on. */
    private static void follow(Map<String, ChainHead> heads, JournalEntry entry, Path file) {
        ChainHead head = heads.getOrDefault(entry.county(), new ChainHead(0, RegisterEvent.GENESIS_HASH));
        for (StoredEvent e : entry.events()) {
            if (e.sequence() != head.sequence() + 1 || !e.previousHash().equals(head.hash())) {
                throw new StoreException(
                        "the register journal " + file + " does not follow on at event " + e.id() + " (after event "
                                + head.sequence() + " of county " + entry.county() + ")",
                        null);
            }
            head = new ChainHead(e.sequence(), e.hash());
        }
        heads.put(entry.county(), head);
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /** Closes the file, leaving a checkpoint of it so that the next opening need not read its blocks again. */
    @Override
    public synchronized void close() {
        try {
            if (channel.isOpen()) {
                channel.force(true);
                JournalCheckpoint.write(file, channel.position(), heads);
            }
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the register journal " + file, e);
        }
    }
}
