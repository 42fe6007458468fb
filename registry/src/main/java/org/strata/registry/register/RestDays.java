package org.strata.registry.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which days are statutory rest days (法定休假日) for Civil Code art. 203: the State Council's arrangement of each
 * year in {@code rest-days.txt}, and for a year it does not list, weekends and the fixed-date holidays.
 */
public final class RestDays {
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1),
            MonthDay.of(5, 1),
            MonthDay.of(5, 2),
            MonthDay.of(10, 1),
            MonthDay.of(10, 2),
            MonthDay.of(10, 3));
    private static final RestDays STANDARD = read();

    private final Set<Integer> arrangedYears;
    private final Map<LocalDate, Boolean> arranged;

    private RestDays(Set<Integer> arrangedYears, Map<LocalDate, Boolean> arranged) {
        this.arrangedYears = Set.copyOf(arrangedYears);
        this.arranged = Map.copyOf(arranged);
    }

    /** The calendar of {@code rest-days.txt}. */
    public static RestDays standard() {
        return STANDARD;
    }

    /** Whether the State Council's arrangement for the year is in the calendar. */
    public boolean arranged(int year) {
        return arrangedYears.contains(year);
    }

    /** Whether the day is a rest day: as arranged, else a weekend or a fixed-date holiday. */
    public boolean isRestDay(LocalDate day) {
        Boolean listed = arranged.get(day);
        if (listed != null) {
            return listed;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend || (!arranged(day.getYear()) && FIXED_HOLIDAYS.contains(MonthDay.from(day)));
    }

    /** The day itself when it is a working day, else the first working day after the rest (art. 203). */
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (isRestDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static RestDays read() {
        try (InputStream in = RestDays.class.getResourceAsStream("rest-days.txt")) {
            if (in == null) {
                throw new IllegalStateException("rest-days.txt is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a calendar from its lines: {@code year YYYY} opens a year's arrangement, then {@code date | rest|work |
     * occasion} rows of that year.
     *
     * @throws IllegalArgumentException naming the line of a bad row
     */
    static RestDays parse(List<String> lines) {
        Set<Integer> years = new HashSet<>();
        Map<LocalDate, Boolean> arranged = new HashMap<>();
        int year = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("year ")) {
                year = Integer.parseInt(line.substring(5).strip());
                years.add(year);
                continue;
            }
            String[] f = line.split("\\|");
            LocalDate day = LocalDate.parse(f[0].strip());
            String kind = f.length == 3 ? f[1].strip() : "";
            if (day.getYear() != year || !(kind.equals("rest") || kind.equals("work")) || arranged.containsKey(day)) {
                throw new IllegalArgumentException("rest-days line " + (n + 1) + " is not a rest or work day of the"
                        + " year above it, given once: " + line);
            }
            arranged.put(day, kind.equals("rest"));
        }
        return new RestDays(years, arranged);
    }
}
