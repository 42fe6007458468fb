package org.strata.registry.register;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strata.registry.party.Party;
import org.strata.registry.right.Share;

/**
 * A party as a registration names it: role, name and document, and for holders their share.
 *
 * @param role the role in the registration
 * @param party the person or organisation
 * @param share the share of the right, for holders, transferors and transferees
 */
public record RegisteredParty(PartyRole role, Party party, Optional<Share> share) {
    /** Checks the fields. */
    public RegisteredParty {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(share, "share");
    }

    /** The same party in another role. */
    public RegisteredParty as(PartyRole newRole) {
        return new RegisteredParty(newRole, party, share);
    }

    /** The identity document numbers of the parties, each once. */
    public static java.util.Set<String> idNumbers(List<RegisteredParty> parties) {
        return parties.stream().map(p -> p.party().idNumber()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether two entries name the same person or organisation (by document number) with the same share. */
    public boolean sameHolding(RegisteredParty other) {
        return party.idType() == other.party.idType()
                && party.idNumber().equals(other.party.idNumber())
                && share.equals(other.share);
    }
}
