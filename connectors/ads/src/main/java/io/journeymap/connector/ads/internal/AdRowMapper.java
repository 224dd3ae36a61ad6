package io.journeymap.connector.ads.internal;

import io.journeymap.connector.common.rows.RowOutcome;
import io.journeymap.connector.common.rows.SourceRow;

/** Maps one row of one ad report to an {@code Ad Clicked} or {@code Ad Conversion} event. */
interface AdRowMapper {
    RowOutcome map(SourceRow row);
}
