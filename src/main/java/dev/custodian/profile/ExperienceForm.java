package dev.custodian.profile;

import dev.custodian.web.FormErrors;
import dev.custodian.web.WebMessages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An experience as typed: months as YYYY-MM (what a month input sends), "current" instead of an
 * end.
 */
public class ExperienceForm {

    static final int MAX_TEXT = 150;

    @RestForm public String title;
    @RestForm public String organisation;
    @RestForm public String from;
    @RestForm public String to;
    @RestForm public String current;
    @RestForm public Long version;

    LocalDate startedOn;
    LocalDate endedOn;

    static ExperienceForm of(Experience experience) {
        ExperienceForm form = new ExperienceForm();
        form.title = experience.title;
        form.organisation = experience.organisation;
        form.from = experience.fromMonth();
        form.to = experience.toMonth();
        form.current = experience.endedOn == null ? "on" : null;
        form.version = experience.version;
        return form;
    }

    FormErrors validate(WebMessages msg, ProfileMessages pmsg, LocalDate today) {
        FormErrors errors = new FormErrors(msg);
        title = errors.requiredLine("title", title, MAX_TEXT, pmsg.error_title_required());
        organisation =
                errors.requiredLine(
                        "organisation", organisation, MAX_TEXT, pmsg.error_organisation_required());
        YearMonth start = month(from);
        if (start == null || start.isAfter(YearMonth.from(today))) {
            errors.add("from", pmsg.error_month_invalid());
        }
        YearMonth end = null;
        if (current == null) {
            end = month(to);
            if (end == null || end.isAfter(YearMonth.from(today))) {
                errors.add("to", pmsg.error_end_month_invalid());
            } else if (start != null && end.isBefore(start)) {
                errors.add("to", pmsg.error_end_before_start());
            }
        }
        startedOn = start == null ? null : start.atDay(1);
        endedOn = end == null ? null : end.atDay(1);
        return errors;
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
