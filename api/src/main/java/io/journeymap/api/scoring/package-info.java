/**
 * Scores of people and touchpoints computed by models loaded through Deep Java Library: what a
 * score is ({@link io.journeymap.api.scoring.Score}), who computes them ({@link io.journeymap.api.scoring.Scorer})
 * and which model versions exist and serve ({@link io.journeymap.api.scoring.ModelRegistry}).
 */
package io.journeymap.api.scoring;
