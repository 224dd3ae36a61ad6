package io.journeymap.scoring.internal.sentiment;

import java.util.Objects;

/**
 * A text with its human sentiment rating.
 *
 * @param text    the text as written
 * @param valence the raters' mean sentiment scaled to [-1, 1] (VADER's ground truth is in [-4, 4])
 */
public record LabelledText(String text, double valence) {

    /** @throws IllegalArgumentException when the valence is outside [-1, 1] */
    public LabelledText {
        Objects.requireNonNull(text, "text");
        if (!(valence >= -1 && valence <= 1)) {
            throw new IllegalArgumentException("valence outside [-1, 1]: " + valence);
        }
    }
}
