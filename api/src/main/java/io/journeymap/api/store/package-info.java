/** What every store-backed service throws when its database fails. */
package io.journeymap.api.store;
