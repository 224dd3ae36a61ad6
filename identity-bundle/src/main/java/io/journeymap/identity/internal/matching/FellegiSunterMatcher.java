package io.journeymap.identity.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Unsupervised probabilistic record linkage (Fellegi and Sunter, 1969): blocking proposes
 * candidate pairs, the comparator turns each into an agreement pattern, EM estimates m and u from
 * those patterns with no labels, and each pair is scored with its log2 likelihood ratio and
 * classified MATCH / REVIEW / NON_MATCH by two thresholds. Optionally, when linking two sources
 * that are each free of duplicates, a one-to-one constraint keeps only the best partner.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class FellegiSunterMatcher {

    private final RecordComparator comparator;
    private final List<String> fieldNames;
    private final Blocker blocker;
    private final EmEstimator estimator;
    private final MatchThresholds thresholds;
    private final boolean oneToOne;

    private FellegiSunterMatcher(Builder b) {
        this.comparator = Objects.requireNonNull(b.comparator, "comparator is required");
        this.blocker = Objects.requireNonNull(b.blocker, "blocker is required");
        this.fieldNames = comparator.fields().stream().map(ComparedField::name).toList();
        this.estimator = b.estimator;
        this.thresholds = b.thresholds;
        this.oneToOne = b.oneToOne;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Links two sources: each returned pair has its left record from {@code left}, its right from
     * {@code right}.
     *
     * @throws IllegalArgumentException when blocking finds no candidate pairs: there is nothing to
     *                                  estimate the model from
     */
    public LinkageResult link(List<MatchRecord> left, List<MatchRecord> right) {
        CandidatePairs candidates = blocker.link(left, right);
        PreparedRecord[] l = prepare(left);
        PreparedRecord[] r = prepare(right);
        // At most min(|left|, |right|) of the candidates can be matches when both sources are
        // deduplicated: an upper bound, a sensible place for EM to start from; capped at one half so
        // that EM never starts out believing most candidates are matches.
        double start = Math.min(0.5, (double) Math.min(left.size(), right.size()) / Math.max(1, candidates.size()));
        return score(candidates, l, r, start, oneToOne);
    }

    /**
     * Finds duplicates within one source; the one-to-one constraint does not apply (a person may
     * have many records).
     *
     * @throws IllegalArgumentException when blocking finds no candidate pairs
     */
    public LinkageResult deduplicate(List<MatchRecord> records) {
        CandidatePairs candidates = blocker.deduplicate(records);
        PreparedRecord[] prepared = prepare(records);
        return score(candidates, prepared, prepared, EmEstimator.DEFAULT_INITIAL_MATCH_PROPORTION, false);
    }

    /** Scores one pair with a model estimated before, e.g. to place a new record against existing profiles. */
    public ScoredPair score(FellegiSunterModel model, MatchRecord left, MatchRecord right) {
        if (!model.fields().equals(fieldNames)) {
            throw new IllegalArgumentException("the model is for fields " + model.fields() + ", this matcher compares " + fieldNames);
        }
        long pattern = comparator.compare(left, right);
        double weight = model.weight(pattern);
        return new ScoredPair(left, right, pattern, weight, model.probability(weight), thresholds.classify(weight, model));
    }

    public RecordComparator comparator() {
        return comparator;
    }

    private LinkageResult score(CandidatePairs candidates, PreparedRecord[] left, PreparedRecord[] right,
                                double startProportion, boolean constrain) {
        long[] patterns = new long[candidates.size()];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = comparator.compare(left[candidates.left(i)], right[candidates.right(i)]);
        }
        EmResult em = estimator.estimate(PatternCounts.of(comparator, patterns), startProportion);
        FellegiSunterModel model = em.model();
        double upper = thresholds.upperWeight(model);
        double lower = thresholds.lowerWeight(model);
        List<ScoredPair> scored = new ArrayList<>(patterns.length);
        for (int i = 0; i < patterns.length; i++) {
            double weight = model.weight(patterns[i]);
            MatchClass decision = weight >= upper ? MatchClass.MATCH
                    : weight >= lower ? MatchClass.REVIEW : MatchClass.NON_MATCH;
            scored.add(new ScoredPair(left[candidates.left(i)].record(), right[candidates.right(i)].record(), patterns[i],
                    weight, model.probability(weight), decision));
        }
        return new LinkageResult(candidates, em, upper, lower, constrain ? OneToOneConstraint.apply(scored) : scored);
    }

    private PreparedRecord[] prepare(List<MatchRecord> records) {
        PreparedRecord[] prepared = new PreparedRecord[records.size()];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = comparator.prepare(records.get(i));
        }
        return prepared;
    }

    /** Builds a {@link FellegiSunterMatcher}: {@code set*} is required, {@code opt*} optional. */
    public static final class Builder {
        private RecordComparator comparator;
        private Blocker blocker;
        private EmEstimator estimator = new EmEstimator();
        private MatchThresholds thresholds = MatchThresholds.DEFAULT;
        private boolean oneToOne;

        private Builder() {
        }

        public Builder setComparator(RecordComparator comparator) {
            this.comparator = comparator;
            return this;
        }

        public Builder setBlocker(Blocker blocker) {
            this.blocker = blocker;
            return this;
        }

        public Builder optEstimator(EmEstimator estimator) {
            this.estimator = Objects.requireNonNull(estimator);
            return this;
        }

        /** Defaults to {@link MatchThresholds#DEFAULT}. */
        public Builder optThresholds(MatchThresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds);
            return this;
        }

        /** Enforce one-to-one between the two sources of {@link #link}; off by default. */
        public Builder optOneToOne(boolean oneToOne) {
            this.oneToOne = oneToOne;
            return this;
        }

        public FellegiSunterMatcher build() {
            return new FellegiSunterMatcher(this);
        }
    }
}
