package io.journeymap.connector.salesforce.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds a {@link SalesforceConfig} as DS would from a cfg file: keys with dots, defaults for the rest. */
final class TestConfigs {

    private TestConfigs() {
    }

    static SalesforceConfig config(Map<String, ?> values) {
        return (SalesforceConfig) Proxy.newProxyInstance(SalesforceConfig.class.getClassLoader(),
                new Class<?>[] {SalesforceConfig.class}, (proxy, method, args) -> {
                    String key = method.getName().replace('_', '.');
                    if (values.containsKey(key)) {
                        Object v = values.get(key);
                        return method.getReturnType() == int.class ? Integer.valueOf(v.toString()) : v.toString();
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    if ("annotationType".equals(method.getName())) {
                        return SalesforceConfig.class;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
