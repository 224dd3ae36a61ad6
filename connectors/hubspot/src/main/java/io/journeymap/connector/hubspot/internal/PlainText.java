package io.journeymap.connector.hubspot.internal;

import java.util.regex.Pattern;

/**
 * Turns the HTML HubSpot stores in call, meeting, note and task bodies into the plain text
 * sentiment scoring reads. Not a sanitiser: the result is never rendered.
 */
final class PlainText {

    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private PlainText() {
    }

    /**
     * @param html text that may hold HTML tags and entities
     * @return the text without tags, entities decoded, whitespace collapsed; null for null
     */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        String s = BREAKS.matcher(html).replaceAll("\n");
        s = TAGS.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        s = SPACES.matcher(s).replaceAll(" ");
        s = BLANK_LINES.matcher(s).replaceAll("\n");
        return s.strip();
    }
}
