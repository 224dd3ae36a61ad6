/** The Segment message mapping and the ad parameters of landing URLs, shared by the tracking and Kafka connectors. */
package io.journeymap.connector.common.segment;
