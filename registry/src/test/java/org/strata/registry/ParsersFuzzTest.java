package org.strata.registry;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.register.KeyValueText;
import org.strata.registry.right.Share;
import org.strata.registry.unit.InvalidUnitCodeException;
import org.strata.registry.unit.UnitCode;

/**
 * Fuzzing the parsers of outside text in the domain: unit codes, identity document numbers, shares and stored
 * name=value text. Whatever the input, each returns a value or refuses with its own exception; anything else is a
 * crash and fails the property. {@code jqwik.tries.default} sets the tries ({@code scripts/fuzz} raises it).
 */
class ParsersFuzzTest {
    @Property
    void unitCodesParseOrRefuse(@ForAll("codes") String text) {
        try {
            UnitCode code = UnitCode.parse(text);
            UnitCode.parse(code.toString());
        } catch (InvalidUnitCodeException refused) {
            // the parser's one way of saying no
        }
    }

    @Property
    void identityNumbersCheckOrRefuse(@ForAll("ids") String number, @ForAll IdType type) {
        try {
            new Party("张丽", type, number);
        } catch (IllegalArgumentException refused) {
            // a number that fails its check
        }
    }

    @Property
    void sharesParseOrRefuse(@ForAll("shares") String text) {
        try {
            Share.parse(text);
        } catch (IllegalArgumentException refused) {
            // not a share in (0, 1]
        }
    }

    @Property
    void storedTextParsesOrRefuses(@ForAll("texts") String text) {
        try {
            KeyValueText.parse(text);
        } catch (IllegalArgumentException refused) {
            // not name=value lines
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789GJZBSXWFLNA ").ofLength(28),
                Arbitraries.strings().all().ofMaxLength(40),
                Combinators.combine(
                                Arbitraries.of("330106003005GB00004F00010001", "330106003005GX00901W00000000"),
                                Arbitraries.integers().between(0, 27),
                                Arbitraries.chars().with("0123456789GBXWFZ?"))
                        .as((valid, at, c) -> valid.substring(0, at) + c + valid.substring(at + 1)));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789Xx").ofMinLength(15).ofMaxLength(20),
                Arbitraries.strings()
                        .withChars("0123456789ABCDEFGHJKLMNPQRTUWXY")
                        .ofLength(18),
                Arbitraries.strings().all().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> shares() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789/ -+e.").ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab=\\\n\r.0 ").ofMaxLength(60);
    }
}
