package io.journeymap.scoring.internal;

import io.journeymap.api.privacy.DataSubject;
import io.journeymap.api.privacy.PersonalDataStore;
import io.journeymap.scoring.internal.store.ScoreStore;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scores name people, so they are exported and erased with them (store {@code scoring}). A component
 * of its own: the consent bundle collects personal-data stores while scoring needs the consent
 * service, and one component doing both would be a cycle.
 */
@Component(service = PersonalDataStore.class)
public class ScoresPersonalData implements PersonalDataStore {

    @Reference(target = "(journeymap.store=main)")
    private DataSource store;

    private ScoreStore scores;

    @Activate
    void activate() {
        scores = new ScoreStore(store);
    }

    @Override
    public String name() {
        return "scoring";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scores", scores.export(subject.profileIds()));
        return out;
    }

    @Override
    public Map<String, Long> erase(DataSubject subject) {
        return Map.of("score", scores.erase(subject.profileIds()));
    }
}
