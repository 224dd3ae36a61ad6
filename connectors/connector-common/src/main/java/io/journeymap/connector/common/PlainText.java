package io.journeymap.connector.common;

import java.util.regex.Pattern;

/**
 * Turns the HTML that support and CRM systems store in message bodies into the plain text
 * sentiment scoring reads. Not a sanitiser: the result is never rendered.
 */
public final class PlainText {

    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?[0-9a-fA-F]{1,6});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private PlainText() {
    }

    /**
     * @param html text that may hold HTML tags and entities
     * @return the text without tags, entities decoded, whitespace collapsed; null for null
     */
    public static String of(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        String s = BREAKS.matcher(html).replaceAll("\n");
        s = TAGS.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'");
        s = NUMERIC_ENTITY.matcher(s).replaceAll(m -> codePoint(m.group(1)));
        s = s.replace("&amp;", "&");
        s = SPACES.matcher(s).replaceAll(" ");
        s = BLANK_LINES.matcher(s).replaceAll("\n");
        return s.strip();
    }

    private static String codePoint(String ref) {
        try {
            int cp = ref.startsWith("x") || ref.startsWith("X") ? Integer.parseInt(ref.substring(1), 16)
                    : Integer.parseInt(ref);
            return java.util.regex.Matcher.quoteReplacement(Character.isValidCodePoint(cp)
                    ? new String(Character.toChars(cp)) : "");
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
