package org.strata.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code strata --help} and every subcommand's {@code --help} print their usage, with no warning from picocli. */
class HelpTest {
    @Test
    void everyCommandExplainsItselfWithoutAWarning() {
        List<String> commands =
                new ArrayList<>(StrataCommand.commandLine().getSubcommands().keySet());
        assertTrue(
                commands.containsAll(List.of("serve", "validate", "survey-sample", "legal-rules", "recover")),
                commands.toString());
        for (String command : commands) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine line = StrataCommand.commandLine();
            line.setOut(new PrintWriter(out));
            line.setErr(new PrintWriter(err));
            java.io.PrintStream stderr = System.err;
            java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
            System.setErr(new java.io.PrintStream(picocliWarnings, true));
            int exit;
            try {
                exit = line.execute(command, "--help");
            } finally {
                System.setErr(stderr);
            }
            assertEquals(0, exit, command + ": " + err);
            assertTrue(out.toString().contains("Usage: strata " + command), command + ": " + out);
            assertFalse(
                    (err + picocliWarnings.toString()).contains("WARN"),
                    command + " --help warned: " + err + picocliWarnings);
        }
    }
}
