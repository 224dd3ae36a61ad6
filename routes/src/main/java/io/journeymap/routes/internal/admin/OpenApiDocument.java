package io.journeymap.routes.internal.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.BasicAuthDefinition;
import org.apache.camel.model.rest.ParamDefinition;
import org.apache.camel.model.rest.ResponseMessageDefinition;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.RestSecurityDefinition;
import org.apache.camel.model.rest.SecurityDefinition;
import org.apache.camel.model.rest.VerbDefinition;

/**
 * Renders an OpenAPI 3.0 document from the REST DSL definitions of a CamelContext. camel-openapi-java
 * does this too, but brings swagger-core, swagger-parser and some thirty more bundles into the
 * container; the REST DSL model already holds everything the document needs.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /**
     * @param context    the context whose REST definitions to document
     * @param title      the API title
     * @param version    the API version
     * @param pathPrefix only REST definitions under this path are included
     * @return the document as maps and lists, ready for a JSON writer
     */
    public static Map<String, Object> render(CamelContext context, String title, String version, String pathPrefix) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", title, "version", version));
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> schemes = new LinkedHashMap<>();
        for (RestDefinition rest : context.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
            String base = rest.getPath() == null ? "" : rest.getPath();
            if (!base.startsWith(pathPrefix)) {
                continue;
            }
            if (rest.getSecurityDefinitions() != null) {
                for (RestSecurityDefinition s : rest.getSecurityDefinitions().getSecurityDefinitions()) {
                    if (s instanceof BasicAuthDefinition) {
                        schemes.put(s.getKey(), Map.of("type", "http", "scheme", "basic"));
                    }
                }
            }
            for (VerbDefinition verb : rest.getVerbs()) {
                String path = base + (verb.getPath() == null ? "" : verb.getPath());
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
                item.put(verb.asVerb(), operation(verb));
            }
        }
        doc.put("paths", paths);
        doc.put("components", Map.of("securitySchemes", schemes));
        return doc;
    }

    private static Map<String, Object> operation(VerbDefinition verb) {
        Map<String, Object> op = new LinkedHashMap<>();
        if (verb.getId() != null) {
            op.put("operationId", verb.getId());
        }
        if (verb.getDescriptionText() != null) {
            op.put("summary", verb.getDescriptionText());
        }
        List<Map<String, Object>> params = new ArrayList<>();
        for (ParamDefinition p : verb.getParams()) {
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("name", p.getName());
            param.put("in", p.getType().name());
            param.put("required", Boolean.TRUE.equals(p.getRequired()) || "path".equals(p.getType().name()));
            if (p.getDescription() != null) {
                param.put("description", p.getDescription());
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", p.getDataType() == null ? "string" : p.getDataType());
            if (p.getDefaultValue() != null) {
                schema.put("default", p.getDefaultValue());
            }
            param.put("schema", schema);
            params.add(param);
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        String produces = verb.getProduces() != null ? verb.getProduces() : "application/json";
        for (ResponseMessageDefinition r : verb.getResponseMsgs()) {
            responses.put(r.getCode(), Map.of("description", r.getMessage(),
                    "content", Map.of(produces, Map.of("schema", Map.of("type", "object")))));
        }
        op.put("responses", responses);
        List<Map<String, Object>> security = new ArrayList<>();
        for (SecurityDefinition s : verb.getSecurity()) {
            security.add(Map.of(s.getKey(), List.of()));
        }
        if (!security.isEmpty()) {
            op.put("security", security);
        }
        return op;
    }
}
