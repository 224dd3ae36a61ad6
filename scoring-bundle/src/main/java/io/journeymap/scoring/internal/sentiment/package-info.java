/**
 * Sentiment of free text: the VADER lexicon baseline ({@link io.journeymap.scoring.internal.sentiment.LexiconSentiment}),
 * the features and translator of the trained model, its training with DJL and its loading through
 * {@code Criteria}, and the figures it is measured by.
 */
package io.journeymap.scoring.internal.sentiment;
