package org.strata.data.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.port.StoreException;

/**
 * A closed journal leaves a checkpoint (its length, CRC-32C and heads) that the next opening starts from; a
 * checkpoint that no longer matches its journal, or is itself damaged, is ignored and every block is read.
 */
class JournalCheckpointTest {
    @TempDir
    Path folder;

    @Test
    void aClosedJournalOpensFromItsCheckpointAndGoesOn() {
        Path file = folder.resolve("register.journal");
        List<JournalEntry> written = RegisterJournalTest.chain("330106", 4);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            journal.append(written.get(0));
            journal.append(written.get(1));
        }
        assertTrue(Files.exists(JournalCheckpoint.fileOf(file)), "closing leaves a checkpoint");
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            assertEquals(2, journal.head("330106").sequence());
            // the next entry must follow the checkpoint's head, and one that does not is refused
            assertThrows(RuntimeException.class, () -> journal.append(written.get(3)));
            journal.append(written.get(2));
            journal.append(written.get(3));
        }
        assertEquals(written, readAll(file));
    }

    @Test
    void blocksAfterTheCheckpointAreReadAndATornLastOneCutOff() throws Exception {
        Path file = folder.resolve("register.journal");
        List<JournalEntry> written = RegisterJournalTest.chain("330106", 3);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            journal.append(written.get(0));
        }
        String checkpoint = Files.readString(JournalCheckpoint.fileOf(file));
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            journal.append(written.get(1));
            journal.append(written.get(2));
        }
        // as after a crash: the checkpoint of the first close, the last block torn
        Files.writeString(JournalCheckpoint.fileOf(file), checkpoint);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            assertEquals(
                    new ChainHead(2, written.get(1).events().get(0).hash()),
                    journal.head("330106"),
                    "the block after the checkpoint is read, the torn one cut off");
        }
    }

    @Test
    void aDamagedCheckpointIsIgnored() throws Exception {
        Path file = folder.resolve("register.journal");
        List<JournalEntry> written = RegisterJournalTest.chain("330106", 2);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            written.forEach(journal::append);
        }
        Path checkpoint = JournalCheckpoint.fileOf(file);
        String text = Files.readString(checkpoint, StandardCharsets.UTF_8);
        assertTrue(text.contains("head.330106=2:"), text);
        Files.writeString(checkpoint, text.replace("head.330106=2:", "head.330106=1:"), StandardCharsets.UTF_8);
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            assertEquals(new ChainHead(2, written.get(1).events().get(0).hash()), journal.head("330106"));
        }
    }

    @Test
    void aJournalDamagedUnderItsCheckpointIsStillRefused() throws Exception {
        Path file = folder.resolve("register.journal");
        try (RegisterJournal journal = RegisterJournal.open(file)) {
            RegisterJournalTest.chain("330106", 2).forEach(journal::append);
        }
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("seq=1", "seq=7"));
        assertThrows(StoreException.class, () -> RegisterJournal.open(file));
    }

    private static List<JournalEntry> readAll(Path file) {
        List<JournalEntry> out = new java.util.ArrayList<>();
        RegisterJournal.scan(file, out::add);
        return out;
    }
}
