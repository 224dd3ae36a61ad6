package io.journeymap.journey.internal.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Positions skipped while reading the timeline in order. A timeline position is taken when a row
 * is inserted but becomes visible only when its transaction commits, so a reader can see 102
 * before 101; and a rolled-back or duplicate insert leaves a hole forever. The updater moves past
 * a hole at once (the map stays live) and looks into it again until {@code graceMillis} have
 * passed, folding whatever turned up late. Kept with the checkpoint, so a restart keeps looking.
 */
final class TimelineGaps {

    /** A hole: positions {@code from..to}, first seen at {@code seenMillis}. */
    record Gap(long from, long to, long seenMillis) {
    }

    static final int MAX_GAPS = 1000;

    private final List<Gap> gaps = new ArrayList<>();

    /** Records the hole between the last position read and the next one, if any. */
    void observe(long previous, long next, long nowMillis) {
        if (next > previous + 1) {
            gaps.add(new Gap(previous + 1, next - 1, nowMillis));
            if (gaps.size() > MAX_GAPS) {
                gaps.remove(0);
            }
        }
    }

    /** A position inside a hole turned up: the hole shrinks or splits around it. */
    void filled(long seq) {
        for (int i = 0; i < gaps.size(); i++) {
            Gap g = gaps.get(i);
            if (seq >= g.from() && seq <= g.to()) {
                gaps.remove(i);
                if (seq < g.to()) {
                    gaps.add(i, new Gap(seq + 1, g.to(), g.seenMillis()));
                }
                if (seq > g.from()) {
                    gaps.add(i, new Gap(g.from(), seq - 1, g.seenMillis()));
                }
                return;
            }
        }
    }

    /** Forgets holes older than the grace period. */
    void expire(long nowMillis, long graceMillis) {
        gaps.removeIf(g -> nowMillis - g.seenMillis() > graceMillis);
    }

    List<Gap> open() {
        return List.copyOf(gaps);
    }

    String encode() {
        StringBuilder sb = new StringBuilder();
        for (Gap g : gaps) {
            sb.append(sb.length() == 0 ? "" : ",").append(g.from()).append('-').append(g.to()).append('@').append(g.seenMillis());
        }
        return sb.toString();
    }

    static TimelineGaps decode(String text) {
        TimelineGaps t = new TimelineGaps();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                int dash = part.indexOf('-');
                int at = part.indexOf('@');
                t.gaps.add(new Gap(Long.parseLong(part.substring(0, dash)), Long.parseLong(part.substring(dash + 1, at)),
                        Long.parseLong(part.substring(at + 1))));
            }
        }
        return t;
    }

    boolean isEmpty() {
        return gaps.isEmpty();
    }

}
