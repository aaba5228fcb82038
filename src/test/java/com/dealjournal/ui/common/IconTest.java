package com.dealjournal.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/** Each icon names a glyph the Material Design 2 pack has, with the pack's own code point for it. */
class IconTest {

    @ParameterizedTest
    @EnumSource(Icon.class)
    void namesAGlyphOfThePackWithItsCodePoint(Icon icon) {
        Ikon glyph = icon.ikon();
        IkonHandler handler = ServiceLoader.load(IkonHandler.class).stream().map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.supports(glyph.getDescription()))
                .findFirst().orElseThrow(() -> new AssertionError("no icon font has " + glyph.getDescription()));

        Ikon packs = handler.resolve(glyph.getDescription());

        assertThat(packs.getDescription()).isEqualTo(glyph.getDescription());
        assertThat(packs.getCode()).as(glyph.getDescription()).isEqualTo(glyph.getCode());
        assertThat(handler.getFontFamily()).isEqualTo("Material Design Icons");
    }
}
