package io.github.councilplatform.notify.internal;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.notify.FileAttachment;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Client-side checks of the rules Notify's schemas enforce, so that a request that would certainly be
 * refused is never sent. They copy only cheap, stable rules; Notify stays the authority for the rest.
 */
public final class Checks {
  /** Notify's {@code maxLength} for {@code reference} on text messages, emails and templated letters. */
  public static final int MAX_REFERENCE_LENGTH = 1000;

  private Checks() {}

  /**
   * Fails if a required value is missing.
   *
   * @param field the field's name in Notify's spelling
   * @param value the value
   * @param <T> the value type
   * @return the value
   */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new RequestValidationException(field, "is required");
    }
    return value;
  }

  /**
   * Fails if a required text is missing or blank.
   *
   * @param field the field's name in Notify's spelling
   * @param value the text
   * @return the text
   */
  public static String requiredText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new RequestValidationException(field, "is required and must not be blank");
    }
    return value;
  }

  /**
   * Checks an optional reference: at most 1000 characters, counted as Notify counts them, in Unicode code points
   * (jsonschema's {@code maxLength} is Python's {@code len}, notifications-api
   * {@code app/v2/notifications/notification_schemas.py}), so an emoji is one character, not two UTF-16 units.
   *
   * @param reference the reference, may be {@code null}
   * @return the reference
   */
  public static String reference(String reference) {
    if (reference == null) {
      return null;
    }
    int characters = reference.codePointCount(0, reference.length());
    if (characters > MAX_REFERENCE_LENGTH) {
      throw new RequestValidationException("reference", "must be at most " + MAX_REFERENCE_LENGTH
          + " characters; it has " + characters);
    }
    return reference;
  }

  /**
   * Checks an email address enough to catch obvious mistakes; Notify applies its full rules.
   *
   * @param email the address
   * @return the address
   */
  public static String emailAddress(String email) {
    requiredText("email_address", email);
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1 || email.strip().chars().anyMatch(Character::isWhitespace)) {
      throw new RequestValidationException("email_address", "is not a valid email address");
    }
    if (email.length() > 320) {
      throw new RequestValidationException("email_address", "must be at most 320 characters");
    }
    return email;
  }

  /**
   * Checks a phone number uses only the characters Notify allows: digits, spaces and {@code ()-+}.
   *
   * @param phone the number
   * @return the number
   */
  public static String phoneNumber(String phone) {
    requiredText("phone_number", phone);
    boolean digit = false;
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (!Character.isWhitespace(c) && "()-+".indexOf(c) < 0) {
        throw new RequestValidationException("phone_number", "must not contain letters or symbols other than"
            + " spaces and ( ) - +");
      }
    }
    if (!digit) {
      throw new RequestValidationException("phone_number", "must contain digits");
    }
    return phone;
  }

  /**
   * Checks a URL is absolute https, as Notify requires for {@code one_click_unsubscribe_url}.
   *
   * @param field the field's name in Notify's spelling
   * @param url the URL, may be {@code null}
   * @return the URL
   */
  public static URI httpsUrl(String field, URI url) {
    if (url != null && (url.getScheme() == null || !"https".equals(url.getScheme().toLowerCase(Locale.ROOT))
        || url.getHost() == null)) {
      throw new RequestValidationException(field, "must be an absolute https URL");
    }
    return url;
  }

  /**
   * Copies and checks personalisation: values must be text, numbers, booleans, lists of those (shown as
   * bullet lists) or, for emails only, {@link FileAttachment}s.
   *
   * @param personalisation the caller's map, may be {@code null}
   * @param filesAllowed whether file attachments are allowed (emails only)
   * @return an unmodifiable copy, keeping the caller's order; empty if none was given
   */
  public static Map<String, Object> personalisation(Map<String, ?> personalisation, boolean filesAllowed) {
    if (personalisation == null || personalisation.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : personalisation.entrySet()) {
      String key = e.getKey();
      if (key == null || key.isBlank()) {
        throw new RequestValidationException("personalisation", "keys must be placeholder names, not blank");
      }
      copy.put(key, value(key, e.getValue(), filesAllowed));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object value(String key, Object v, boolean filesAllowed) {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    if (v instanceof FileAttachment) {
      if (!filesAllowed) {
        throw new RequestValidationException("personalisation", "'" + key + "' is a file; Notify can only send"
            + " a file by email");
      }
      return v;
    }
    if (v instanceof Collection<?> c) {
      List<Object> items = new ArrayList<>(c.size());
      for (Object item : c) {
        if (!(item == null || item instanceof String || item instanceof Number || item instanceof Boolean)) {
          throw new RequestValidationException("personalisation", "'" + key + "' is a list; its items must be"
              + " text or numbers, not " + item.getClass().getSimpleName());
        }
        items.add(item);
      }
      return Collections.unmodifiableList(items);
    }
    throw new RequestValidationException("personalisation", "'" + key + "' must be text, a number, a list or"
        + " (emails only) a FileAttachment, not " + v.getClass().getSimpleName());
  }
}
