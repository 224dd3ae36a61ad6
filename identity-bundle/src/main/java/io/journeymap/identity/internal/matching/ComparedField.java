package io.journeymap.identity.internal.matching;

import java.util.Objects;

/** One field of the comparison schema and the comparator that judges it. */
public record ComparedField(String name, FieldComparator comparator) {

    public ComparedField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comparator, "comparator");
        if (comparator.levelCount() < 2 || comparator.levelCount() > AgreementPattern.MAX_LEVELS) {
            throw new IllegalArgumentException("field " + name + ": a comparator needs 2 to "
                    + AgreementPattern.MAX_LEVELS + " levels, has " + comparator.levelCount());
        }
    }
}
