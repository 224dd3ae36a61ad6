package io.journeymap.connector.ads.internal;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The report drop folder (moved to {@code .done/} only after the import returned) and, when
 * configured, the timed Google Ads click pull. A failed import or pull is retried with backoff and
 * then on the next poll or tick.
 */
final class AdsRoutes extends RouteBuilder {

    private final AdsSettings settings;
    private final AdReportImporter importer;
    private final GoogleAdsClickPull pull;

    AdsRoutes(AdsSettings settings, AdReportImporter importer, GoogleAdsClickPull pull) {
        this.settings = settings;
        this.importer = importer;
        this.pull = pull;
    }

    @Override
    public void configure() {
        errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff()
                .backOffMultiplier(2).retryAttemptedLogLevel(LoggingLevel.WARN).logExhaustedMessageBody(false)
                .logExhaustedMessageHistory(false));
        from("file:" + settings.dropDir().toAbsolutePath() + "?antInclude=" + AdsSettings.antInclude()
                + "&move=.done/${file:name.noext}-${date:now:yyyyMMddHHmmssSSS}.${file:ext}"
                + "&readLock=changed&readLockCheckInterval=500&readLockMinAge=" + settings.readLockMinAge().toMillis()
                + "&readLockTimeout=0&delay=" + settings.pollInterval().toMillis() + "&sortBy=file:modified")
                .routeId("ingest-ads-drop")
                .process(exchange -> importer.importFile(
                        Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class))));
        if (pull != null) {
            from("timer:googleads-pull?delay=2000&period=" + settings.pull().orElseThrow().interval().toMillis())
                    .routeId("ingest-googleads-pull")
                    .process(exchange -> pull.pullWindow());
        }
    }
}
