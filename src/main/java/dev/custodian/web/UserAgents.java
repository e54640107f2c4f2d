package dev.custodian.web;

import jakarta.inject.Singleton;
import ua_parser.Client;
import ua_parser.Parser;

/** Turns a User-Agent header into words a person recognises: "Firefox 128 on Ubuntu". */
@Singleton
public class UserAgents {

    /** Built once: it compiles a few hundred regular expressions. */
    private final Parser parser = new Parser();

    public String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        Client client = parser.parse(userAgent);
        String browser =
                client.userAgent.family
                        + (client.userAgent.major == null ? "" : " " + client.userAgent.major);
        return "Other".equals(client.os.family) ? browser : browser + " · " + client.os.family;
    }
}
