package io.journeymap.identity.internal.matching;

import java.util.Objects;

/** One blocking pass: a name for reports and the key that groups records. */
public record BlockingPass(String name, BlockingKey key) {

    public BlockingPass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }
}
