-- Page-view statistics name a page by its path template (/p/{handle}) instead of the Java
-- method that answered it (PublicProfileResource.profile): the days counted before keep their
-- numbers under the page's path. A name no resource method has any more stays as it was.
CREATE TABLE page_view_path (
    method VARCHAR(120) PRIMARY KEY,
    path VARCHAR(120) NOT NULL
);

INSERT INTO page_view_path (method, path) VALUES
    ('ActivityResource.activity', '/account/activity'),
    ('LoginResource.form', '/login'),
    ('LoginResource.signedOut', '/signed-out'),
    ('PasswordResetResource.forgot', '/password/forgot'),
    ('PasswordResetResource.sent', '/password/sent'),
    ('PasswordResetResource.resetForm', '/password/reset'),
    ('SecondFactorResource.form', '/login/two-factor'),
    ('SecurityResource.security', '/account/security'),
    ('SessionsResource.list', '/account/security/sessions'),
    ('ClosedResource.closed', '/closed'),
    ('ClosureResource.page', '/account/close'),
    ('ReopenResource.form', '/reopen'),
    ('CommunicationsResource.communications', '/account/communications'),
    ('UnsubscribeResource.confirm', '/unsubscribe/{token}'),
    ('ExportResource.page', '/account/data'),
    ('OidcPagesResource.link', '/oidc/link'),
    ('OidcPagesResource.confirmLinkPage', '/oidc/link/confirm'),
    ('OidcPagesResource.signupForm', '/oidc/signup'),
    ('DashboardResource.overview', '/account'),
    ('PolicyAcceptanceResource.page', '/account/policy'),
    ('PrivacyResource.current', '/privacy'),
    ('PrivacyResource.version', '/privacy/{version}'),
    ('PrivacyResource.changes', '/privacy/{version}/changes'),
    ('UnderageReportResource.form', '/report-underage'),
    ('BillingResource.billing', '/account/billing'),
    ('ProductsResource.products', '/account/products'),
    ('ProductsResource.confirmTermination', '/account/products/{id}/terminate'),
    ('AddressesResource.addresses', '/account/profile/addresses'),
    ('EmailChangeLinkResource.confirmPage', '/email-change/confirm'),
    ('EmailChangeLinkResource.revertPage', '/email-change/revert'),
    ('EmailChangeResource.change', '/account/email'),
    ('ProfessionalResource.professional', '/account/profile/professional'),
    ('ProfessionalResource.edit', '/account/profile/professional/experiences/{id}'),
    ('ProfileResource.contact', '/account/profile'),
    ('SignupResource.form', '/signup'),
    ('SignupResource.done', '/signup/done'),
    ('VerificationResource.confirm', '/verify-email'),
    ('TwoFactorResource.overview', '/account/security/two-factor'),
    ('TwoFactorResource.confirmDisable', '/account/security/two-factor/disable'),
    ('PeopleResource.search', '/people'),
    ('PublicProfileResource.profile', '/p/{handle}'),
    ('VisibilityResource.page', '/account/visibility'),
    ('HomeResource.index', '/');

-- Two methods of one path (none as of now) would add up on the day.
INSERT INTO page_view (viewed_on, page, views)
SELECT v.viewed_on, p.path, SUM(v.views)
FROM page_view v JOIN page_view_path p ON p.method = v.page
GROUP BY v.viewed_on, p.path;

DELETE FROM page_view WHERE page IN (SELECT method FROM page_view_path);

DROP TABLE page_view_path;
