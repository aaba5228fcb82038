package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chase warning counts "your 3rd follow-up": English ordinals, German ones with a dot. */
class OrdinalTest {

    @ParameterizedTest
    @CsvSource({"1,1st,1.", "2,2nd,2.", "3,3rd,3.", "4,4th,4.", "10,10th,10.", "11,11th,11.", "12,12th,12.",
        "13,13th,13.", "14,14th,14.", "21,21st,21.", "22,22nd,22.", "23,23rd,23.", "100,100th,100.",
        "101,101st,101.", "111,111th,111.", "112,112th,112.", "113,113th,113.", "122,122nd,122."})
    void ordinalsInEachLanguage(int number, String english, String german) {
        assertThat(Ordinal.of(new Messages(Locale.ENGLISH), number)).isEqualTo(english);
        assertThat(Ordinal.of(new Messages(Locale.GERMAN), number)).isEqualTo(german);
    }
}
