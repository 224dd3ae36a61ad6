package io.journeymap.connector.files.internal;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The drop folder: Camel's file consumer hands over each file once it has stopped changing; the
 * importer returns only when every row is durable or dead-lettered, and only then does the consumer
 * move the file to {@code .done/} (its commit). A failed import leaves the file where it is: it is
 * retried with backoff and then on the next poll, and its message ids make the re-read harmless.
 */
final class FilesRoutes extends RouteBuilder {

    static final String ROUTE_ID = "ingest-files-drop";

    private final FilesSettings settings;
    private final FileImporter importer;

    FilesRoutes(FilesSettings settings, FileImporter importer) {
        this.settings = settings;
        this.importer = importer;
    }

    @Override
    public void configure() {
        errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff()
                .backOffMultiplier(2).retryAttemptedLogLevel(LoggingLevel.WARN).logExhaustedMessageBody(false)
                .logExhaustedMessageHistory(false));
        from(uri()).routeId(ROUTE_ID)
                .process(exchange -> importer.importFile(
                        Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class))));
    }

    String uri() {
        // A re-dropped file of the same name keeps the earlier one in .done/: both are the record of what was read.
        return "file:" + settings.dropDir().toAbsolutePath()
                + "?antInclude=" + settings.antInclude()
                + "&move=.done/${file:name.noext}-${date:now:yyyyMMddHHmmssSSS}.${file:ext}"
                + "&readLock=changed&readLockCheckInterval=500&readLockMinAge=" + settings.readLockMinAge().toMillis()
                + "&readLockTimeout=0&delay=" + settings.pollInterval().toMillis() + "&sortBy=file:modified";
    }
}
