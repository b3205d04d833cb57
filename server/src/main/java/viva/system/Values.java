package viva.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Parses the text forms of the API (dates, times, zones, enum names) with errors that name the field. */
public final class Values {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private Values() {
    }

    /** The first and last day the database can keep (Derby: years 1 to 9999). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    public static LocalDate date(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw invalid(field, "expected a date as YYYY-MM-DD, got \"" + clip(text) + "\"");
        }
        return storable(field, date, date);
    }

    public static LocalTime hourMinute(String field, String text) {
        try {
            return LocalTime.parse(text.strip(), HOUR_MINUTE);
        } catch (DateTimeException e) {
            throw invalid(field, "expected a time as HH:mm, got \"" + clip(text) + "\"");
        }
    }

    public static OffsetDateTime dateTime(String field, String text) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text.strip());
        } catch (DateTimeException e) {
            throw invalid(field, "expected an ISO-8601 time with offset, e.g. 2026-12-07T09:00:00+08:00, got \""
                    + clip(text) + "\"");
        }
        return storable(field, LocalDate.ofInstant(time.toInstant(), ZoneOffset.UTC), time);
    }

    /** A moment given with an offset, or as a local date-time in the given zone (the round's). */
    public static java.time.Instant instant(String field, String text, ZoneId zone) {
        java.time.Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                instant = java.time.LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw invalid(field, "expected an ISO-8601 time such as 2026-12-07T09:00:00+08:00, got \""
                        + clip(text) + "\"");
            }
        }
        return storable(field, LocalDate.ofInstant(instant, ZoneOffset.UTC), instant);
    }

    /** A value whose day (in UTC for a moment) the database cannot keep is refused here, not as a 500 there. */
    private static <T> T storable(String field, LocalDate day, T value) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw invalid(field, "expected a date between " + FIRST_DAY + " and " + LAST_DAY + ", got " + clip(
                    value.toString()));
        }
        return value;
    }

    public static ZoneId zone(String field, String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw invalid(field, "expected an IANA time zone such as Asia/Shanghai, got \"" + clip(text) + "\"");
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String text) {
        String value = text.strip();
        for (E constant : type.getEnumConstants()) {
            boolean match = constant instanceof Labelled labelled ? labelled.matches(value)
                    : constant.name().equalsIgnoreCase(value);
            if (match) {
                return constant;
            }
        }
        throw invalid(field, "expected one of " + names(type) + ", got \"" + clip(text) + "\"");
    }

    public static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** An optional numeric id from a query parameter; text that is not one is a 400, not a 404. */
    public static Long optionalId(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw invalid(field, "expected a positive whole number, got \"" + clip(text) + "\"");
    }

    public static Refusal invalid(String field, String message) {
        return invalid("invalid_value", field, message);
    }

    public static Refusal invalid(String code, String field, String message) {
        return new Refusal(Refusal.Kind.INVALID, code, field + ": " + message, Map.of("field", field));
    }

    /** Keeps echoed input short, so that an error message never carries a huge or hostile value whole. */
    public static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
