package org.strata.registry.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} wrong passwords for one account, or
 * {@link #ADDRESS_FAILURES} from one address, within {@link #WINDOW}, further sign-ins for it wait — one minute at
 * first, doubling with each further failure up to {@link #MAX_LOCK} — and a right password during the wait is
 * refused like a wrong one, so guessing gains nothing. A success clears the account's count; counts fade after the
 * window. Times come from the clock port.
 */
public final class SignInThrottle {
    /** Wrong passwords an account may have within the window before it must wait. */
    public static final int FREE_FAILURES = 5;
    /** Wrong passwords one address may send within the window before it must wait. */
    public static final int ADDRESS_FAILURES = 20;
    /** How long failures are remembered. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** The longest wait. */
    public static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Most accounts and addresses remembered at once; the oldest are forgotten first. */
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    /** A throttle on the clock. */
    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Refuses a sign-in while its account or address must wait.
     *
     * @throws RateLimitedException with the time left
     */
    public void check(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(
                waitOf(accounts.get(key(account)), FREE_FAILURES, now),
                waitOf(addresses.get(address), ADDRESS_FAILURES, now));
        if (!wait.isZero()) {
            throw new RateLimitedException(
                    "too many wrong passwords for this account or from this address; try again in "
                            + Math.max(1, wait.toSeconds()) + " s",
                    wait);
        }
    }

    /** Counts a wrong password. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        forgetOldIfFull(accounts, now);
        forgetOldIfFull(addresses, now);
        accounts.compute(key(account), (k, f) -> Failures.next(f, now));
        addresses.compute(address, (k, f) -> Failures.next(f, now));
    }

    /** Clears an account's count after a right password. */
    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    private static String key(String account) {
        return account.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static Duration waitOf(Failures f, int free, Instant now) {
        if (f == null || f.count() < free || !now.isBefore(f.last().plus(WINDOW))) {
            return Duration.ZERO;
        }
        int over = Math.min(f.count() - free, 10);
        Duration lock = Duration.ofMinutes(1L << over);
        if (lock.compareTo(MAX_LOCK) > 0) {
            lock = MAX_LOCK;
        }
        Instant until = f.last().plus(lock);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void forgetOldIfFull(Map<String, Failures> map, Instant now) {
        if (map.size() >= MAX_TRACKED) {
            map.values().removeIf(f -> !now.isBefore(f.last().plus(WINDOW)));
            if (map.size() >= MAX_TRACKED) {
                map.clear();
            }
        }
    }

    /** Failures within the window and the time of the last. */
    private record Failures(int count, Instant last) {
        static Failures next(Failures f, Instant now) {
            if (f == null || !now.isBefore(f.last().plus(WINDOW))) {
                return new Failures(1, now);
            }
            return new Failures(f.count() + 1, now);
        }
    }
}
