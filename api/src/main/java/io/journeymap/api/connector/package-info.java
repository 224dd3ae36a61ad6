/**
 * What connectors share with the rest of journeymap besides the events they write: durable sync
 * positions ({@link io.journeymap.api.connector.ConnectorCheckpoints}) and their state for admins
 * ({@link io.journeymap.api.connector.ConnectorStatus}).
 */
package io.journeymap.api.connector;
