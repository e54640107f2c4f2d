-- Marketing categories come from the privacy manifest (marketing.categories) and are stored by
-- their id there, no longer by the name of a constant in the code: the four former constants
-- become the ids of the bundled manifest, so the demonstration keeps its subscriptions, consent
-- history and campaigns. Page-view counting keeps PAGE_VIEWS, upper case, which no manifest id can
-- be. A category a later manifest no longer lists keeps its rows: the consent history is the proof
-- of consent (GDPR art. 7(1)); it is only offered no more.
UPDATE communication_preference SET category = CASE category
    WHEN 'NEWSLETTER' THEN 'newsletter'
    WHEN 'PRODUCT_ANNOUNCEMENTS' THEN 'announcements'
    WHEN 'PARTNER_OFFERS' THEN 'partners'
    WHEN 'EVENTS' THEN 'events' END
WHERE category IN ('NEWSLETTER', 'PRODUCT_ANNOUNCEMENTS', 'PARTNER_OFFERS', 'EVENTS');

UPDATE consent_event SET category = CASE category
    WHEN 'NEWSLETTER' THEN 'newsletter'
    WHEN 'PRODUCT_ANNOUNCEMENTS' THEN 'announcements'
    WHEN 'PARTNER_OFFERS' THEN 'partners'
    WHEN 'EVENTS' THEN 'events' END
WHERE category IN ('NEWSLETTER', 'PRODUCT_ANNOUNCEMENTS', 'PARTNER_OFFERS', 'EVENTS');

UPDATE campaign SET category = CASE category
    WHEN 'NEWSLETTER' THEN 'newsletter'
    WHEN 'PRODUCT_ANNOUNCEMENTS' THEN 'announcements'
    WHEN 'PARTNER_OFFERS' THEN 'partners'
    WHEN 'EVENTS' THEN 'events' END
WHERE category IN ('NEWSLETTER', 'PRODUCT_ANNOUNCEMENTS', 'PARTNER_OFFERS', 'EVENTS');
