package io.journeymap.connector.salesforce.internal;

import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.SalesforceEndpointConfig;
import org.apache.camel.component.salesforce.SalesforceLoginConfig;
import org.apache.camel.support.jsse.KeyStoreParameters;

/** Builds the camel-salesforce component from the connector's settings. */
final class SalesforceComponents {

    private SalesforceComponents() {
    }

    /**
     * @param s the settings, with credentials
     * @return a component that logs in on first use
     */
    static SalesforceComponent create(SalesforceSettings s) {
        SalesforceLoginConfig login = new SalesforceLoginConfig();
        login.setLoginUrl(s.loginUrl().toString());
        login.setClientId(s.clientId());
        if (s.authType() == SalesforceSettings.AuthType.REFRESH_TOKEN) {
            login.setType(AuthenticationType.REFRESH_TOKEN);
            login.setClientSecret(s.clientSecret());
            login.setRefreshToken(s.refreshToken());
        } else {
            login.setType(AuthenticationType.JWT);
            login.setUserName(s.jwtUsername());
            KeyStoreParameters keystore = new KeyStoreParameters();
            keystore.setResource("file:" + s.keystorePath().toAbsolutePath());
            keystore.setPassword(s.keystorePassword());
            keystore.setType(s.keystoreType());
            login.setKeystore(keystore);
        }
        // Log in on the first call, not at start: Salesforce being unreachable at boot must not stop the
        // bundle; the poll retries instead.
        login.setLazyLogin(true);

        SalesforceComponent component = new SalesforceComponent();
        component.setLoginConfig(login);
        SalesforceEndpointConfig config = new SalesforceEndpointConfig();
        config.setApiVersion(s.apiVersion());
        config.setRawPayload(true);
        component.setConfig(config);
        component.setHttpRequestTimeout(s.httpTimeout().toMillis());
        component.setHttpClientConnectionTimeout(Math.min(s.httpTimeout().toMillis(), 30_000L));
        return component;
    }
}
