package org.treatysim.cli;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The commands' one progress reporter: a bar (progressbar library) drawn on the command's error stream, so that the
 * results on standard output stay clean and tests can see the bar; nothing when quiet. Steps may come from several
 * threads.
 */
final class Progress implements IntConsumer, LongConsumer, AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter to;

    private Progress(ProgressBar bar, PrintWriter to) {
        this.bar = bar;
        this.to = to;
    }

    /** A bar of {@code total} steps named {@code task}, on the error stream of the command {@code spec}. */
    static Progress start(CommandSpec spec, String task, long total, boolean quiet) {
        return start(spec.commandLine().getErr(), task, total, quiet);
    }

    /** A bar of {@code total} steps named {@code task}, drawn on {@code err}. */
    static Progress start(PrintWriter err, String task, long total, boolean quiet) {
        if (quiet) return new Progress(null, null);
        return new Progress(builder(err, task, total).showSpeed().build(), err);
    }

    /** A bar that counts {@code unit}s per second and starts from {@code done} of {@code total} (a resumed sweep). */
    static Progress resumed(CommandSpec spec, String task, long total, long done, String unit, boolean quiet) {
        if (quiet) return new Progress(null, null);
        PrintWriter err = spec.commandLine().getErr();
        return new Progress(builder(err, task, total).startsFrom(done, Duration.ZERO).setUnit(unit, 1).showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS).build(), err);
    }

    private static ProgressBarBuilder builder(PrintWriter err, String task, long total) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }));
    }

    @Override public void accept(int n) {
        accept((long) n);
    }

    @Override public void accept(long n) {
        if (bar != null) synchronized (bar) { bar.stepBy(n); }
    }

    @Override public void close() {
        if (bar != null) bar.close();
        if (to != null) {
            to.println();
            to.flush();
        }
    }
}
