package org.strata.web.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.data.journal.JournalReplay;
import org.strata.web.boot.StrataServer;
import org.strata.web.console.CommandOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata recover}: replays the register journal into a store, then verifies the store. */
@Command(
        name = "recover",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild a store's register from the register journal: every journaled event is checked against its hash"
                    + " and chain, and the events the store lacks are recorded in it with their cases and new units;"
                    + " then every chain is verified.",
            "After damage: move the damaged store aside, restore the latest backup (strata restore) or start from"
                    + " an empty folder, and run recover with the journal of the lost store."
        })
public final class RecoverCommand implements Callable<Integer> {

    @Mixin
    private CommandOutput output;

    @Option(names = "--data", defaultValue = "strata-data", description = "data folder (default ${DEFAULT-VALUE})")
    Path data;

    @Option(
            names = "--journal",
            description = "the journal to replay (default: the data folder's journal/register.journal)")
    Optional<Path> journal;

    @Mixin
    PostgisOptions postgis;

    @Override
    public Integer call() {
        Path source = journal.orElse(StrataServer.journalFile(data));
        if (!Files.isRegularFile(source)) {
            output.err().println("recover: there is no journal at " + source);
            return 2;
        }
        try (JdbcStores stores = postgis.chosen() ? postgis.open() : EmbeddedStore.open(data.resolve("store"))) {
            long started = System.nanoTime();
            List<JournalReplay.CountyReplay> replayed =
                    new JournalReplay(stores.register(), stores.cadastre()).replay(source);
            long added = 0;
            for (JournalReplay.CountyReplay c : replayed) {
                output.out()
                        .printf(
                                "recover: county %s: %d journaled, %d in the store before, %d recorded from the journal%n",
                                c.county(), c.journaled(), c.before(), c.added());
                added += c.added();
            }
            BackupCommands.Verified v = BackupCommands.verify(stores);
            output.out()
                    .printf(
                            "recover: %d events recorded from %s in %.1f s; the store holds %s%n",
                            added, source, (System.nanoTime() - started) / 1e9, v);
            return v.chain().intact() ? 0 : 1;
        } catch (IllegalStateException e) {
            output.err().println("recover: " + e.getMessage() + "; nothing more was recorded");
            return 1;
        }
    }
}
