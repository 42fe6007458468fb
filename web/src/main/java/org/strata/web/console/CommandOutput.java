package org.strata.web.console;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A picocli mixin giving a command its command line's writers: reports to {@link #out()}, complaints to {@link #err()}. */
@Command
public final class CommandOutput {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** Where the command's report goes: the command line's output (standard output unless redirected). */
    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command's complaints go. */
    public PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
