package org.strata.web.register;

/** JSON applications for the register tests: a new parcel outside the demo area and the people who deal in it. */
final class Cases {
    static final String UNIT = "330106003005GB00901W00000000";
    static final String ALICE = "{\"name\":\"张丽\",\"idType\":\"resident-id\",\"idNumber\":\"11010519491231002X\"";
    static final String BOB = "{\"name\":\"李强\",\"idType\":\"resident-id\",\"idNumber\":\"330106198001010013\"";
    static final String BANK = "{\"name\":\"杭州银行西湖支行\",\"idType\":\"uscc\",\"idNumber\":\"91350100M000100Y43\"";
    static final String COURT = "{\"name\":\"杭州市西湖区人民法院\",\"idType\":\"uscc\",\"idNumber\":\"91350100M000100Y43\"";

    private Cases() {}

    static String party(String person, String role, String share) {
        return person + ",\"role\":\"" + role + "\"" + (share == null ? "" : ",\"share\":\"" + share + "\"") + "}";
    }

    static String application(String type, String unit, String parties, String details) {
        return "{\"type\":\"" + type + "\",\"unitCode\":\"" + unit + "\",\"parties\":[" + parties + "],\"details\":{"
                + details + "}}";
    }

    /** A first registration of a new 50 m × 10 m parcel south-west of the demo area. */
    static String firstRegistration() {
        return "{\"type\":\"first\",\"unitCode\":\"" + UNIT + "\",\"parties\":[" + party(ALICE, "holder", "1")
                + "],\"details\":{},\"unit\":{\"kind\":\"parcel\",\"use\":\"0701\","
                + "\"statedArea\":500,\"location\":\"杭州市西湖区文苑路901号\",\"footprint\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[511000,3347000],[511050,3347000],[511050,3347010],[511000,3347010],"
                + "[511000,3347000]]]}}}";
    }
}
