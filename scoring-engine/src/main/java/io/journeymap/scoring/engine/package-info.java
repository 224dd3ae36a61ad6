/**
 * The one Deep Java Library engine of the JVM: {@link io.journeymap.scoring.engine.DjlEngine} runs DJL
 * work with this bundle's class loader, where DJL finds its engine.
 */
package io.journeymap.scoring.engine;
