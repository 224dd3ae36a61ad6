package io.journeymap.connector.email.internal;

/** Mailchimp list webhook bodies as Mailchimp posts them: form-encoded, PHP-style keys, fired_at in UTC. */
final class MailchimpFixtures {

    static final String SUBSCRIBE = "type=subscribe&fired_at=2025-11-28+09%3A15%3A02&data%5Bid%5D=8a25ff1d98"
            + "&data%5Blist_id%5D=a6b5da1054&data%5Bemail%5D=ada%40example.com&data%5Bemail_type%5D=html"
            + "&data%5Bmerges%5D%5BEMAIL%5D=ada%40example.com&data%5Bmerges%5D%5BFNAME%5D=Ada"
            + "&data%5Bmerges%5D%5BLNAME%5D=Lovelace&data%5Bmerges%5D%5BINTERESTS%5D=Engines%2C+Poetry"
            + "&data%5Bip_opt%5D=198.51.100.23&data%5Bip_signup%5D=198.51.100.23";

    static final String UNSUBSCRIBE = "type=unsubscribe&fired_at=2025-11-28+10%3A02%3A44&data%5Baction%5D=unsub"
            + "&data%5Breason%5D=manual&data%5Bid%5D=8a25ff1d98&data%5Bemail%5D=ada%40example.com"
            + "&data%5Bemail_type%5D=html&data%5Bip_opt%5D=198.51.100.23&data%5Bweb_id%5D=3375995"
            + "&data%5Bmerges%5D%5BEMAIL%5D=ada%40example.com&data%5Bmerges%5D%5BFNAME%5D=Ada"
            + "&data%5Blist_id%5D=a6b5da1054&data%5Bcampaign_id%5D=cb398d21d2";

    static final String UNSUBSCRIBE_ABUSE = "type=unsubscribe&fired_at=2025-11-28+10%3A05%3A00&data%5Baction%5D=unsub"
            + "&data%5Breason%5D=abuse&data%5Bid%5D=1b2c3d4e5f&data%5Bemail%5D=grace%40example.org"
            + "&data%5Blist_id%5D=a6b5da1054&data%5Bcampaign_id%5D=cb398d21d2";

    static final String PROFILE = "type=profile&fired_at=2025-11-28+11%3A00%3A00&data%5Bid%5D=8a25ff1d98"
            + "&data%5Bemail%5D=ada%40example.com&data%5Bemail_type%5D=html&data%5Bmerges%5D%5BEMAIL%5D=ada%40example.com"
            + "&data%5Bmerges%5D%5BFNAME%5D=Augusta+Ada&data%5Bmerges%5D%5BLNAME%5D=King&data%5Bip_opt%5D=198.51.100.23"
            + "&data%5Blist_id%5D=a6b5da1054";

    static final String UPEMAIL = "type=upemail&fired_at=2025-11-28+12%3A00%3A00&data%5Blist_id%5D=a6b5da1054"
            + "&data%5Bnew_id%5D=51aa6f4bd3&data%5Bnew_email%5D=ada.king%40example.com&data%5Bold_email%5D=ada%40example.com";

    static final String CLEANED = "type=cleaned&fired_at=2025-11-28+13%3A00%3A00&data%5Blist_id%5D=a6b5da1054"
            + "&data%5Bcampaign_id%5D=4fjk2ma9xd&data%5Breason%5D=hard&data%5Bemail%5D=linus%40example.net";

    static final String CAMPAIGN = "type=campaign&fired_at=2025-11-28+14%3A00%3A00&data%5Bid%5D=5aa2102003"
            + "&data%5Bsubject%5D=Autumn+launch&data%5Bstatus%5D=sent&data%5Breason%5D=&data%5Blist_id%5D=a6b5da1054";

    private MailchimpFixtures() {
    }
}
