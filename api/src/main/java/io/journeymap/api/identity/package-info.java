/** Which profile an event belongs to. */
package io.journeymap.api.identity;
