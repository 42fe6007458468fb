package org.strata.data.demo;

import java.util.Random;
import org.strata.registry.party.IdNumbers;

/** Synthetic names, addresses and document numbers for the demo area; none belongs to a real person. */
final class DemoNames {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "沈", "钱"};
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "晓东", "丽君", "志强", "雨桐"
    };
    private static final String[] STREETS = {"文苑路", "学院路", "古荡街", "西溪路", "天目山路", "文三路", "教工路", "保俶北路"};
    private static final String[] COMPANY_WORDS = {"湖畔", "之江", "西溪", "钱塘", "云栖", "龙井", "宝石山", "孤山"};
    private static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;

    DemoNames(Random random) {
        this.random = random;
    }

    String personName() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    String companyName() {
        return "杭州" + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + "科技有限公司";
    }

    String street(int index) {
        return STREETS[Math.floorMod(index, STREETS.length)];
    }

    /** A resident ID number of a Xihu resident born 1950-1999, with its GB 11643 check character. */
    String residentId() {
        String head = String.format(
                "330106%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return head + IdNumbers.residentIdCheckCharacter(head);
    }

    /** A unified social credit code of a Xihu company, with its GB 32100 check character. */
    String uscc() {
        StringBuilder code = new StringBuilder("91330106");
        for (int i = 0; i < 9; i++) {
            code.append(USCC_CHARSET.charAt(random.nextInt(USCC_CHARSET.length())));
        }
        for (char check : USCC_CHARSET.toCharArray()) {
            if (IdNumbers.isValidUscc(code.toString() + check)) {
                return code.toString() + check;
            }
        }
        throw new IllegalStateException("no USCC check character found for " + code);
    }
}
