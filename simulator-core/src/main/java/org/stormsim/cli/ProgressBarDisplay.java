package org.stormsim.cli;

import java.time.Duration;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.stormsim.experiment.RunProgress;

/**
 * Progress as a bar on the terminal (standard error), drawn by the progressbar library: simulated
 * time done of the horizon (summed over replications), events per second and the time left.
 * The bar is built at the first {@link #show}, so a run too short to show progress draws nothing.
 */
final class ProgressBarDisplay implements ProgressDisplay {
    private ProgressBar bar;
    /** The time left as of the last {@link #show}, read by the library's drawing thread. */
    private volatile Optional<Duration> left = Optional.empty();

    @Override
    public void show(RunProgress p, long elapsedNanos) {
        if (bar == null) {
            String unit = ProgressDisplay.unit(p.simulatedTotal());
            bar = new ProgressBarBuilder().setTaskName("simulating").setInitialMax(p.simulatedTotal())
                    .setUnit(" " + unit, ProgressDisplay.unitMicros(unit)).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).setEtaFunction(state -> left).build();
        }
        long s = ProgressDisplay.secondsLeft(p, elapsedNanos);
        left = s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
        bar.stepTo(p.simulatedDone());
        bar.setExtraMessage(ProgressDisplay.eventRate(p, elapsedNanos));
    }

    @Override
    public void finish(RunProgress last, long elapsedNanos) {
        if (bar != null) {
            left = Optional.of(Duration.ZERO);
            bar.stepTo(last.simulatedDone());
            bar.setExtraMessage(ProgressDisplay.eventRate(last, elapsedNanos));
            bar.close();
        }
    }
}
