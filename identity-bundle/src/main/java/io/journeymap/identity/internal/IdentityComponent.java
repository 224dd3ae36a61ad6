package io.journeymap.identity.internal;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.IdentityResolver;
import io.journeymap.api.identity.MatchRunResult;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.api.identity.ReviewItem;
import io.journeymap.api.identity.UnmergeResult;
import io.journeymap.identity.internal.graph.JdbcIdentityGraph;
import io.journeymap.identity.internal.normalize.IdentifierNormalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity graph as a service, on the journey store's database. Configured by
 * {@code etc/io.journeymap.identity.cfg}; a changed file re-creates the component with the new rules.
 */
@Component(service = {IdentityResolver.class, IdentityGraph.class}, configurationPid = "io.journeymap.identity",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class IdentityComponent implements IdentityResolver, IdentityGraph {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityComponent.class);

    @Reference(target = "(journeymap.store=main)")
    private DataSource store;

    private JdbcIdentityGraph graph;

    @Activate
    void activate(Map<String, Object> properties) {
        IdentitySettings settings = IdentitySettings.from(properties);
        graph = new JdbcIdentityGraph(store, new IdentifierNormalizer(settings.normalization()), settings.rules(),
                settings.linking(), Clock.systemUTC());
        LOG.info("identity graph ready: limits {}", settings.rules().limits());
    }

    @Override
    public List<String> resolve(List<TouchpointEvent> events) {
        return graph.resolve(events);
    }

    @Override
    public Optional<ProfileIdentity> lookup(Identifier id) {
        return graph.lookup(id);
    }

    @Override
    public Optional<ProfileIdentity> profile(String profileId) {
        return graph.profile(profileId);
    }

    @Override
    public Optional<Identifier> normalize(Identifier identifier) {
        return graph.normalize(identifier);
    }

    @Override
    public Map<Identifier, ProfileIdentity> lookupAll(Collection<Identifier> normalised) {
        return graph.lookupAll(normalised);
    }

    @Override
    public List<String> profileHistory(String profileId) {
        return graph.profileHistory(profileId);
    }

    @Override
    public List<MergeLogEntry> mergeLog(String profileId) {
        return graph.mergeLog(profileId);
    }

    @Override
    public UnmergeResult unmerge(String profileId, long mergeEntryId) {
        return graph.unmerge(profileId, mergeEntryId);
    }

    @Override
    public MatchRunResult matchProfiles() {
        return graph.matchProfiles();
    }

    @Override
    public List<ReviewItem> reviewQueue() {
        return graph.reviewQueue();
    }

    @Override
    public ReviewItem decideReview(long reviewId, boolean accept) {
        return graph.decideReview(reviewId, accept);
    }
}
