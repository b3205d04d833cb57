package viva.people;

import java.util.regex.Pattern;
import viva.system.Values;

/** How an applicant is reached for their join notice: an email address and a phone number, both optional. */
public record Contact(String email, String phone) {

    public static final Contact NONE = new Contact(null, null);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");

    /** The contact as given, blanks as none; a malformed address or number is refused naming the field. */
    public static Contact of(String email, String phone) {
        String mail = blankToNull(email);
        String number = blankToNull(phone);
        if (mail != null && (mail.length() > 200 || !EMAIL.matcher(mail).matches())) {
            throw Values.invalid("email", "expected an email address such as name@example.org, got \""
                    + Values.clip(mail) + "\"");
        }
        if (number != null && !PHONE.matcher(number).matches()) {
            throw Values.invalid("phone", "expected a phone number of digits (spaces, - and a leading + allowed), got \""
                    + Values.clip(number) + "\"");
        }
        return new Contact(mail, number);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
