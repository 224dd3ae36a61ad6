package io.journeymap.identity.internal.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person record to be matched: an id unique within its source and named field values
 * ({@code given_name}, {@code surname}, {@code postcode}, {@code date_of_birth}, {@code phone}, ...).
 *
 * <p>Values are trimmed and blank values are dropped, so a missing field has exactly one
 * representation ({@link #field(String)} returns {@code null}). Immutable.
 */
public record MatchRecord(String id, Map<String, String> fields) {

    public MatchRecord {
        Objects.requireNonNull(id, "id");
        Map<String, String> present = new HashMap<>();
        if (fields != null) {
            fields.forEach((name, value) -> {
                if (name != null && value != null && !value.isBlank()) {
                    present.put(name, value.strip());
                }
            });
        }
        fields = Map.copyOf(present);
    }

    /** The trimmed value of a field, or {@code null} when it is missing or blank. */
    public String field(String name) {
        return fields.get(name);
    }
}
