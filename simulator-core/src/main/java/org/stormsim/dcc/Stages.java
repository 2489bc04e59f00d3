package org.stormsim.dcc;

import java.util.ArrayList;
import java.util.List;

/**
 * Every stage of the GB model, built once by {@link DccModelBuilder}, by its place on the data's
 * path: per region (N, C, S in that order) the HAN and hub hop, the WAN uplink (alerts, SR responses,
 * re-registrations and test commands share it), the CSP transit in (with the DSP's ingest latency) and
 * out (with the DSP's processing latency), the WAN downlink, the device side of a request, the hub's
 * turn-around of a test command and the firmware service; the DSP's processing servers (alerts and
 * requests share them), its SR latency and future-dated wait; the motorway lanes; each User's intake;
 * the hold where messages wait to be raised or resubmitted; and, in a scenario with SMETS1
 * migrations only (else null), the SMETS1 path: its WAN, the S1SP's servers and its transit to the DSP.
 * {@link #all} is indexed by a stage's {@link Stage#index}, which a message's current station names.
 * Kernel thread only.
 */
final class Stages {
    final DelayStage[] han;
    final ServerStage[] uplink;
    final DelayStage[] cspIn;
    final ServerStage[] downlink;
    final DelayStage[] deviceSide;
    final DelayStage[] cspOut;
    final FirmwareStage[] firmware;
    final DelayStage[] testHub;
    final ServerStage dsp;
    final ServerStage[] lanes;
    final ServerStage[] intake;
    final DelayStage dspIn;
    final DelayStage futureWait;
    final HoldStage hold;
    final Smets1 smets1;
    final Stage[] all;

    /** The SMETS1 path's stages: the SMETS1 WAN, the S1SP's servers, its transit to the DSP (which notes the DSP's receipt). */
    record Smets1(DelayStage wan, ServerStage s1sp, DelayStage toDsp) {
    }

    Stages(DelayStage[] han, ServerStage[] uplink, DelayStage[] cspIn, ServerStage[] downlink, DelayStage[] deviceSide,
           DelayStage[] cspOut, FirmwareStage[] firmware, DelayStage[] testHub, ServerStage dsp, ServerStage[] lanes, ServerStage[] intake,
           DelayStage dspIn, DelayStage futureWait, HoldStage hold, Smets1 smets1, Stage[] all) {
        this.han = han;
        this.uplink = uplink;
        this.cspIn = cspIn;
        this.downlink = downlink;
        this.deviceSide = deviceSide;
        this.cspOut = cspOut;
        this.firmware = firmware;
        this.testHub = testHub;
        this.dsp = dsp;
        this.lanes = lanes;
        this.intake = intake;
        this.dspIn = dspIn;
        this.futureWait = futureWait;
        this.hold = hold;
        this.smets1 = smets1;
        this.all = all;
        for (int i = 0; i < all.length; i++) {
            if (all[i].index != i) {
                throw new IllegalArgumentException("stage " + all[i].id + " has index " + all[i].index + " at " + i);
            }
        }
    }

    /** Every stage's statistics at the end of the run, by place on the path. */
    StageReport report(long end) {
        long[] downloads = new long[firmware.length];
        for (int r = 0; r < firmware.length; r++) {
            downloads[r] = firmware[r].downloads();
        }
        return new StageReport(stats(all, end), stats(lanes, end), stats(uplink, end), stats(downlink, end), stats(firmware, end),
                stats(intake, end), dsp.stats(end), downloads);
    }

    private static List<StageStats> stats(Stage[] stages, long end) {
        List<StageStats> out = new ArrayList<>();
        for (Stage s : stages) {
            out.add(s.stats(end));
        }
        return List.copyOf(out);
    }
}
