package io.journeymap.identity.internal.matching;

/**
 * What {@link EmEstimator} produced: the model and how the fit went.
 *
 * @param iterations    EM iterations run
 * @param converged     whether the parameters settled within the tolerance before the iteration cap
 * @param logLikelihood log-likelihood of the candidate pairs' patterns under the final model
 */
public record EmResult(FellegiSunterModel model, int iterations, boolean converged, double logLikelihood) {
}
