package org.strata.registry.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Certificate numbers in the national format: a district's office is its city, a county or county-level city
 * registers under its own name; titles and proofs are separate series; numbers have 7 digits and read back.
 */
class CertificateNumberTest {
    @ParameterizedTest(name = "{0} {2} {3} -> {4}")
    @CsvSource({
        "330106, 2026, TITLE, 1012, 浙(2026)杭州市不动产权第0001012号",
        "330106, 2026, PROOF, 1013, 浙(2026)杭州市不动产证明第0001013号",
        "330212, 2027, TITLE, 1, 浙(2027)宁波市不动产权第0000001号",
        "330182, 2026, TITLE, 7, 浙(2026)建德市不动产权第0000007号",
        "330122, 2026, PROOF, 9999999, 浙(2026)桐庐县不动产证明第9999999号"
    })
    void numbersAreWrittenAndReadInTheNationalFormat(
            String county, int year, CertificateNumber.Kind kind, long number, String text) {
        CertificateNumber n = CertificateNumber.of(county, year, kind, number);
        assertEquals(text, n.toString());
        assertEquals(n, CertificateNumber.parse(text).orElseThrow());
        assertEquals(CertificateNumber.seriesOf(county, year, kind), n.series());
    }

    @ParameterizedTest
    @CsvSource({"330106(2026)不动产权第00001012号", "浙(2026)杭州市不动产权第1012号", "浙(2026)杭州市不动产权第0000000号", "x"})
    void otherTextIsNotANumber(String text) {
        assertTrue(CertificateNumber.parse(text).isEmpty(), text);
    }
}
