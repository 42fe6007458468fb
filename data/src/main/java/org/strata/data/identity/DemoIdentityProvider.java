package org.strata.data.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.strata.data.demo.DemoOnline;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.port.IdentityProvider;

/**
 * A local identity provider with five demo people, for demos and tests only: {@code officer},
 * {@code reviewer} (planning), {@code defence} (civil air defence), {@code housing}, {@code surveyor},
 * {@code surveyor2} (of another firm), {@code citizen}, {@code owner}, {@code court} (an authority), {@code bank} (a
 * mortgagee bank), {@code buyer} (a citizen buying the owner's flat) and {@code developer} (the demo project's
 * builder), each with the password
 * {@code demo}. Passwords are kept as PBKDF2 hashes and compared in constant time.
 */
public final class DemoIdentityProvider implements IdentityProvider {
    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "demo";

    private static final byte[] SALT = "strata-demo-identity".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 10_000;

    private final Map<String, Actor> actors;
    private final byte[] passwordHash;

    /**
     * The demo people.
     *
     * @param county the county the officer and reviewer are scoped to
     * @param ownerIdNumber the identity document number of the {@code owner} account, as the register names it
     */
    public DemoIdentityProvider(String county, String ownerIdNumber) {
        List<String> scope = List.of(county);
        actors = java.util.stream.Stream.of(
                        new Actor("officer", "登记员 王明 (demo)", Role.OFFICER, scope, Optional.empty()),
                        new Actor(
                                "reviewer",
                                "规划审查员 李华 (demo)",
                                Role.REVIEWER,
                                scope,
                                Optional.empty(),
                                Optional.of("planning")),
                        new Actor("surveyor", "测绘员 张伟 (demo)", Role.SURVEYOR, List.of(), Optional.empty()),
                        new Actor("surveyor2", "测绘员 孙丽 (demo)", Role.SURVEYOR, List.of(), Optional.empty()),
                        new Actor(
                                "defence",
                                "人防审查员 周强 (demo)",
                                Role.REVIEWER,
                                scope,
                                Optional.empty(),
                                Optional.of("civil-air-defence")),
                        new Actor(
                                "housing",
                                "住建审查员 吴芳 (demo)",
                                Role.REVIEWER,
                                scope,
                                Optional.empty(),
                                Optional.of("housing")),
                        new Actor("citizen", "市民 赵敏 (demo)", Role.PUBLIC, List.of(), Optional.empty()),
                        new Actor("owner", "权利人 陈静 (demo)", Role.HOLDER, List.of(), Optional.of(ownerIdNumber)),
                        new Actor("court", "西湖区人民法院执行局 (demo)", Role.AUTHORITY, List.of(), Optional.empty()),
                        new Actor(
                                "bank",
                                DemoOnline.BANK.name(),
                                Role.BANK,
                                List.of(),
                                Optional.of(DemoOnline.BANK.idNumber())),
                        new Actor(
                                "buyer",
                                "购房人 " + DemoOnline.BUYER.name(),
                                Role.PUBLIC,
                                List.of(),
                                Optional.of(DemoOnline.BUYER.idNumber())),
                        new Actor(
                                "developer",
                                DemoOnline.DEVELOPER.name(),
                                Role.PUBLIC,
                                List.of(),
                                Optional.of(DemoOnline.DEVELOPER.idNumber())))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Actor::subject, a -> a));
        passwordHash = hash(DEMO_PASSWORD.toCharArray());
    }

    @Override
    public Optional<Actor> authenticate(String username, char[] password) {
        boolean matches = MessageDigest.isEqual(passwordHash, hash(password));
        Actor actor = actors.get(username);
        return matches && actor != null ? Optional.of(actor) : Optional.empty();
    }

    @Override
    public Optional<Actor> actor(String subject) {
        return Optional.ofNullable(actors.get(subject));
    }

    private static byte[] hash(char[] password) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }
}
