package org.strata.data.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.port.StoreException;
import org.strata.registry.register.ChainHash;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.StoredEvent;

/**
 * The journal file: entries read back exactly (texts with newlines, '=', backslashes and any Unicode), a torn
 * last block cut off on opening, a damaged block before the last refused, and events that do not follow on
 * never written.
 */
class RegisterJournalTest {
    @TempDir
    Path folder;

    private static final String AWKWARD = "name=value\nstatus=APPROVED\r\\n 登记 \u2028 end";

    @Test
    void entriesReadBackExactly() {
        Path file = folder.resolve("register.journal");
        List<JournalEntry> written = chain("330106", 3);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            written.forEach(journal::append);
            assertEquals(
                    written.get(2).events().get(0).hash(),
                    journal.head("330106").hash());
        }
        assertEquals(written, readAll(file));
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            assertEquals(new ChainHead(3, written.get(2).events().get(0).hash()), journal.head("330106"));
            assertEquals(new ChainHead(0, RegisterEvent.GENESIS_HASH), journal.head("330108"));
        }
    }

    @Test
    void aTornLastBlockIsCutOffAndTheJournalGoesOn() throws Exception {
        Path file = folder.resolve("register.journal");
        List<JournalEntry> written = chain("330106", 3);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            journal.append(written.get(0));
            journal.append(written.get(1));
        }
        long whole = Files.size(file);
        byte[] block = Files.readAllBytes(file);
        for (int cut : new int[] {1, 40, (int) (whole / 2) - 1}) {
            Files.write(file, java.util.Arrays.copyOf(block, block.length - cut));
            try (RegisterJournal journal = RegisterJournal.open(file)) {
                assertEquals(1, journal.head("330106").sequence(), "the torn second entry is not there");
            }
            assertTrue(Files.size(file) < whole, "the torn block is cut off");
        }
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            journal.append(written.get(1));
            journal.append(written.get(2));
        }
        assertEquals(written, readAll(file));
    }

    @Test
    void aDamagedBlockBeforeTheLastStopsTheJournal() throws Exception {
        Path file = folder.resolve("register.journal");
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            chain("330106", 2).forEach(journal::append);
        }
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("seq=1", "seq=7"));
        StoreException e = assertThrows(StoreException.class, () -> RegisterJournal.open(file));
        assertTrue(e.getMessage().contains("damaged at byte 0"), e.getMessage());
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
    }

    @Test
    void anEntryThatDoesNotFollowOnIsNotWritten() throws Exception {
        Path file = folder.resolve("register.journal");
        List<JournalEntry> written = chain("330106", 3);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            journal.append(written.get(0));
            long size = Files.size(file);
            StoreException e = assertThrows(StoreException.class, () -> journal.append(written.get(2)));
            assertTrue(e.getMessage().contains("does not follow on at event 330106-00000003"), e.getMessage());
            assertEquals(size, Files.size(file));
        }
    }

    @Test
    void aBlockAppendedByHandThatBreaksTheChainIsRefused() throws Exception {
        Path file = folder.resolve("register.journal");
        List<JournalEntry> written = chain("330106", 2);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            journal.append(written.get(0));
        }
        Path other = folder.resolve("other.journal");
        try (RegisterJournal journal = RegisterJournal.open(other)) {
            chain("330106", 1).forEach(journal::append);
        }
        Files.write(file, Files.readAllBytes(other), StandardOpenOption.APPEND);
        Files.write(file, "\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        StoreException e = assertThrows(StoreException.class, () -> RegisterJournal.open(file));
        assertTrue(e.getMessage().contains("does not follow on"), e.getMessage());
    }

    private static List<JournalEntry> readAll(Path file) {
        List<JournalEntry> out = new ArrayList<>();
        RegisterJournal.scan(file, out::add);
        return out;
    }

    /** Entries of one event each, chained, with awkward texts. */
    static List<JournalEntry> chain(String county, int length) {
        List<JournalEntry> out = new ArrayList<>();
        String previous = RegisterEvent.GENESIS_HASH;
        for (int seq = 1; seq <= length; seq++) {
            String text = "id=" + RegisterEvent.idOf(county, seq) + "\nnote=" + AWKWARD + seq;
            String hash = ChainHash.of(previous, text);
            StoredEvent e = new StoredEvent(
                    RegisterEvent.idOf(county, seq), county, seq, "330106001001GB00001F00010001", text, previous, hash);
            out.add(new JournalEntry(county, List.of(e), List.of("case=" + AWKWARD + "\n=\\")));
            previous = hash;
        }
        return out;
    }
}
