package io.journeymap.shell.internal;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.privacy.PrivacyRequests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "journeymap", name = "privacy-export",
        description = "Exports everything held about a person as one JSON document (data-subject access request)")
@Service
public class PrivacyExportCommand implements Action {

    @Reference
    private PrivacyRequests privacy;

    @Argument(index = 0, name = "type", required = true, description = "An identifier type: user_id, email, ...")
    private String type;

    @Argument(index = 1, name = "value", required = true, description = "The identifier")
    private String value;

    @Option(name = "--file", description = "Write the document to this file instead of the console")
    private String file;

    @Override
    public Object execute() throws IOException {
        Map<String, Object> doc = privacy.export(Identifiers.parse(type, value));
        String json = EventJson.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        if (file != null) {
            Files.writeString(Path.of(file), json);
            System.out.println("written to " + file);
        } else {
            System.out.println(json);
        }
        return null;
    }
}
