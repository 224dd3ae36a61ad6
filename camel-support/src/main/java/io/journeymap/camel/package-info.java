/**
 * What every journeymap route bundle does the same way, written once: the OSGi lifecycle of its
 * CamelContext, the embedded HTTP server, HTTP Basic credentials and JSON error bodies.
 */
package io.journeymap.camel;
