package io.journeymap.identity.internal.matching;

/**
 * Two levels, {@code exact} and {@code different}, for coded values where a near miss means
 * nothing (a state or country code, a gender).
 */
public final class ExactComparator implements FieldComparator {

    @Override
    public int levelCount() {
        return 2;
    }

    @Override
    public String levelName(int level) {
        return level == 0 ? "exact" : "different";
    }

    @Override
    public String normalise(String raw) {
        return Normalise.text(raw);
    }

    @Override
    public int compareDifferent(String left, String right) {
        return 1;
    }
}
