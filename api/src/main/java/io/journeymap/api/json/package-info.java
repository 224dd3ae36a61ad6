/** The canonical event's JSON form, shared by every bundle so that one mapping serves all. */
package io.journeymap.api.json;
