package dev.custodian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/account/security?tab=2", "/p/ada-l#top"})
    void keepsPathsOnThisSite(String path) {
        assertEquals(path, LocalPath.orElse(path, "/fallback"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "https://evil.example",
                "//evil.example",
                "/\\evil.example",
                "\\\\evil",
                "evil.example/x",
                "javascript:alert(1)",
                "/account\r\nSet-Cookie: x=y",
                " /account",
                "/ /evil",
                "/a|b",
                "/a\"b",
                "/%zz",
                "/<script>",
                "/{x}"
            })
    void replacesEverythingElse(String path) {
        assertEquals("/fallback", LocalPath.orElse(path, "/fallback"));
    }
}
