package dev.custodian.privacy;

import io.quarkus.qute.RawString;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A policy's Markdown as HTML, the one place that hands templates markup of their own (a RawString,
 * which TemplateGuardTest allows here only): raw HTML in the Markdown is escaped and shown as text,
 * and a link or image whose address has a scheme other than http, https or mailto is emptied
 * (CommonMark's URL sanitizer), so no {@code javascript:} or {@code data:} survives. Headings go
 * one level down, under the page's own heading.
 */
final class PolicyMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder()
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                    .build();

    private PolicyMarkdown() {}

    static RawString html(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        heading.setLevel(Math.min(6, heading.getLevel() + 1));
                        visitChildren(heading);
                    }
                });
        return new RawString(RENDERER.render(document));
    }
}
