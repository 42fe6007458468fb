package org.strata.registry.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.Application;
import org.strata.registry.party.IdNumbers;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.Share;
import org.strata.registry.unit.UnitCode;

/** People, officers and applications for register tests. */
public final class RegisterFixtures {
    /** An officer of Xihu (330106). */
    public static final Actor OFFICER =
            new Actor("officer", "Officer", Role.OFFICER, List.of("330106"), Optional.empty());

    private RegisterFixtures() {}

    /** A resident with a valid ID number derived from {@code n}. */
    public static Party person(String name, int n) {
        String head = String.format("33010619%02d0101%03d", 60 + n % 40, n % 1000);
        return new Party(name, IdType.RESIDENT_ID, head + IdNumbers.residentIdCheckCharacter(head));
    }

    /** A court with a valid social credit code. */
    public static Party court() {
        return new Party(
                "杭州市西湖区人民法院", IdType.USCC, "11330106002582082" + IdNumbers.usccCheckCharacter("11330106002582082"));
    }

    /** A bank with a valid social credit code. */
    public static Party bank() {
        return new Party(
                "杭州银行西湖支行", IdType.USCC, "91330106MA2B3C4D5" + IdNumbers.usccCheckCharacter("91330106MA2B3C4D5"));
    }

    /** A party in a role with a share. */
    public static RegisteredParty as(PartyRole role, Party party, String share) {
        return new RegisteredParty(role, party, share == null ? Optional.empty() : Optional.of(Share.parse(share)));
    }

    /** An application. */
    public static Application application(
            RegistrationType type, UnitCode unit, List<RegisteredParty> parties, Map<String, String> details) {
        return new Application(type, unit, parties, new TreeMap<>(details), Optional.empty());
    }

    /** Details from name, value pairs. */
    public static Map<String, String> details(String... pairs) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A list of parties. */
    public static List<RegisteredParty> parties(RegisteredParty... parties) {
        return new ArrayList<>(List.of(parties));
    }
}
