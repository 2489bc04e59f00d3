package org.stormsim.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.engine.SimTime;

/**
 * A calendar date as written in a scenario ({@code 2020-01-01}, ISO 8601): the day whose midnight
 * is simulated time 0, so that a run's days and calendar months (the Code Performance Measures'
 * measurement period, [F] PMM p8) fall where they fall on the calendar. Immutable.
 */
public record CalendarDate(LocalDate date, String text) implements java.io.Serializable {
    public static final String ALLOWED = "a date written YYYY-MM-DD, e.g. 2020-01-01";

    public static CalendarDate parse(String text) {
        try {
            return new CalendarDate(LocalDate.parse(text.trim()), text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(ALLOWED);
        }
    }

    /** One calendar month of a run: its name (YYYY-MM), where it starts and ends in simulated time, and whether the run holds all of it. */
    public record Month(String name, long from, long until, boolean whole) implements java.io.Serializable {
    }

    /**
     * The calendar months a run from this date that covers [{@code warmup}, {@code horizon})
     * microseconds touches, in order; a month is whole when the run counts it from its first day to
     * its last (it starts at or after the warm-up and ends at or before the horizon).
     */
    public List<Month> months(long warmup, long horizon) {
        List<Month> out = new ArrayList<>();
        YearMonth m = YearMonth.from(date);
        long monthStart = -SimTime.DAY * (date.getDayOfMonth() - 1); // the first of the start month, at or before 0
        while (monthStart < horizon) {
            long next = monthStart + SimTime.DAY * m.lengthOfMonth();
            if (next > warmup) {
                out.add(new Month(m.toString(), Math.max(monthStart, 0), Math.min(next, horizon), monthStart >= warmup && next <= horizon));
            }
            monthStart = next;
            m = m.plusMonths(1);
        }
        return out;
    }

    /** The date of simulated day {@code day} (0: this date). */
    public LocalDate day(int day) {
        return date.plusDays(day);
    }

    @Override
    public String toString() {
        return text;
    }
}
