package io.journeymap.bench;

import io.journeymap.identity.internal.matching.FellegiSunterMatcher;
import io.journeymap.identity.internal.matching.LinkageResult;
import io.journeymap.identity.internal.matching.MatchClass;
import io.journeymap.identity.internal.matching.MatchRecord;
import io.journeymap.identity.internal.matching.PersonMatching;
import io.journeymap.identity.internal.matching.ScoredPair;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links FEBRL4 ({@code dataset4a.csv}: 5,000 originals, {@code dataset4b.csv}: one corrupted
 * duplicate of each) with the unsupervised Fellegi-Sunter matcher and prints candidate pairs, EM
 * iterations, precision, recall and F1, and the wall time of the linkage.
 *
 * <p>The record ids ({@code rec-N-org} in A is the same person as {@code rec-N-dup-0} in B) are
 * read only to evaluate: they are not a field, so the matcher never sees them, and nothing
 * (blocking, EM, thresholds) is fitted to them.
 *
 * <p>The first linkage in the JVM is the one that counts (JIT-cold, as a one-off batch job would
 * run); warm repeats follow for comparison.
 *
 * <p>Usage: {@code FebrlMatchBench [<dataset4a.csv> <dataset4b.csv> [<warm repeats>]]}, the files
 * defaulting to {@code ../shared/datasets/febrl/} relative to the project directory.
 */
public final class FebrlMatchBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern REC_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private FebrlMatchBench() {
    }

    public static void main(String[] args) throws IOException {
        Path fileA = Path.of(args.length > 0 ? args[0] : "../shared/datasets/febrl/dataset4a.csv");
        Path fileB = Path.of(args.length > 1 ? args[1] : "../shared/datasets/febrl/dataset4b.csv");
        int warmRepeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        long start = System.nanoTime();
        List<MatchRecord> a = read(fileA);
        List<MatchRecord> b = read(fileB);
        long read = System.nanoTime();
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        // "AU": FEBRL is Australian; it has no phone field, so the region changes nothing here.
        FellegiSunterMatcher matcher = PersonMatching.matcher("AU").optOneToOne(true).build();
        LinkageResult result = matcher.link(a, b);
        long linked = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;

        System.out.printf("FEBRL4: %d records in A, %d in B%n", a.size(), b.size());
        System.out.printf("candidate pairs: %d (per pass before union: %s; blocks skipped as too big: %d)%n",
                result.candidatePairs().size(), result.candidatePairs().pairsPerPass(), result.candidatePairs().skippedBlocks());
        System.out.printf("EM: %d iterations, converged %s, match proportion %.5f%n", result.em().iterations(),
                result.em().converged(), result.model().matchProportion());
        System.out.printf("thresholds: MATCH at weight >= %.2f (posterior 0.9), REVIEW at >= %.2f (posterior 0.5)%n",
                result.upperWeight(), result.lowerWeight());
        System.out.print(describeModel(matcher, result, a, b));
        evaluate(a, b, result);
        // CPU time of the linking thread besides wall time: on a shared machine the gap is time spent
        // waiting for a core (JIT compiler and GC threads run beside it and are not in this figure).
        System.out.printf("wall time, first (JIT-cold) linkage: %.0f ms (linking thread CPU %.0f ms); including reading the files: %.0f ms%n",
                (linked - read) / 1e6, cpu / 1e6, (linked - start) / 1e6);

        double[] warm = new double[warmRepeats];
        double[] warmCpu = new double[warmRepeats];
        for (int i = 0; i < warmRepeats; i++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            matcher.link(a, b);
            warm[i] = (System.nanoTime() - t0) / 1e6;
            warmCpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        if (warmRepeats > 0) {
            Arrays.sort(warm);
            Arrays.sort(warmCpu);
            System.out.printf("warm repeats (%d): wall median %.0f ms, min %.0f ms, max %.0f ms; linking thread CPU median %.0f ms%n",
                    warmRepeats, warm[warmRepeats / 2], warm[0], warm[warmRepeats - 1], warmCpu[warmRepeats / 2]);
        }
    }

    private static void evaluate(List<MatchRecord> a, List<MatchRecord> b, LinkageResult result) {
        Set<String> entitiesInA = new HashSet<>();
        a.forEach(r -> entitiesInA.add(entity(r.id())));
        long truePairs = b.stream().filter(r -> entitiesInA.contains(entity(r.id()))).count();
        long inCandidates = result.pairs().stream().filter(FebrlMatchBench::isTrue).count();
        System.out.printf("true pairs: %d, of which among the candidates: %d (blocking recall %.4f)%n",
                truePairs, inCandidates, (double) inCandidates / truePairs);
        report("MATCH", result.pairs().stream().filter(p -> p.matchClass() == MatchClass.MATCH).toList(), truePairs);
        report("MATCH or REVIEW", result.pairs().stream().filter(p -> p.matchClass() != MatchClass.NON_MATCH).toList(),
                truePairs);
    }

    private static void report(String label, List<ScoredPair> predicted, long truePairs) {
        long tp = predicted.stream().filter(FebrlMatchBench::isTrue).count();
        double precision = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
        double recall = (double) tp / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("%s: %d predicted, %d true, %d false  precision %.4f  recall %.4f  F1 %.4f%n",
                label, predicted.size(), tp, predicted.size() - tp, precision, recall, f1);
    }

    private static boolean isTrue(ScoredPair pair) {
        return entity(pair.left().id()).equals(entity(pair.right().id()));
    }

    private static String entity(String recId) {
        Matcher m = REC_ID.matcher(recId);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a FEBRL record id: " + recId);
        }
        return m.group(1);
    }

    private static String describeModel(FellegiSunterMatcher matcher, LinkageResult result, List<MatchRecord> a,
                                        List<MatchRecord> bRecords) {
        StringBuilder b = new StringBuilder("estimated m / u (level: m, u, weight):\n");
        var fields = matcher.comparator().fields();
        for (int f = 0; f < fields.size(); f++) {
            String name = fields.get(f).name();
            b.append(String.format("  %-14s", name));
            if (a.stream().noneMatch(r -> r.field(name) != null) || bRecords.stream().noneMatch(r -> r.field(name) != null)) {
                b.append("  not in the data: always missing, never weighs in\n");
                continue;
            }
            for (int l = 0; l < result.model().levelCount(f); l++) {
                b.append(String.format("  %s: %.3f %.4f %+.1f", fields.get(f).comparator().levelName(l),
                        result.model().m(f, l), result.model().u(f, l), result.model().fieldWeight(f, l)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** FEBRL's CSV: a header, comma-separated, no quoting, values padded with a space. */
    private static List<MatchRecord> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        for (int i = 0; i < header.length; i++) {
            header[i] = header[i].strip();
        }
        List<MatchRecord> records = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] values = line.split(",", -1);
            Map<String, String> fields = new HashMap<>();
            for (int i = 1; i < header.length && i < values.length; i++) {
                fields.put(header[i], values[i]);
            }
            records.add(new MatchRecord(values[0].strip(), fields));
        }
        return records;
    }
}
