package dev.custodian.communication;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * With marketing off in the manifest (policy 003 promises none), its pages are gone: the email
 * preferences, the campaigns and the unsubscribe page answer 404 before anything else looks at the
 * request. {@link OneClickUnsubscribe}'s routes do the same on their own. Page-view consent is not
 * marketing: its choice stays on the privacy page ({@code /privacy#cookies}).
 */
public class MarketingGate {

    private static final Set<Class<?>> MARKETING_PAGES =
            Set.of(
                    CommunicationsResource.class,
                    CampaignsResource.class,
                    UnsubscribeResource.class);

    @Inject MarketingCategories marketing;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> goneWhenOff(SimpleResourceInfo resource) {
        return !marketing.enabled() && MARKETING_PAGES.contains(resource.getResourceClass())
                ? Optional.of(Response.status(Response.Status.NOT_FOUND).build())
                : Optional.empty();
    }
}
