package io.github.councilplatform.sandbox.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files sent by email, checked where and as Notify checks them: after the recipient, in
 * {@code process_document_uploads} ({@code app/v2/notifications/post_notifications.py:294-340}), first each file
 * object against {@code send_a_file_validation} ({@code notification_schemas.py:117-148}, formats in
 * {@code app/schema_validation/__init__.py:82-125}), then the file itself as document-download-api does
 * ({@code app/utils/file_checks.py UploadedFile}), whose refusals come back as 400 BadRequestError
 * ({@code app/clients/document_download.py:85-96}).
 */
final class FileUploads {
  /** document-download-api {@code app/config.py:18} MAX_DECODED_FILE_SIZE: 2 MiB + 1 KiB. */
  static final int MAX_DECODED_FILE_SIZE = 2 * 1024 * 1024 + 1024;
  /** document-download-api {@code app/config.py:19} MAX_CUSTOM_FILENAME_LENGTH. */
  static final int MAX_FILENAME_LENGTH = 100;
  /** notifications-utils {@code file_types.py} EXTENSIONS. */
  static final Set<String> EXTENSIONS =
      Set.of("pdf", "csv", "txt", "json", "doc", "docx", "xlsx", "odt", "rtf", "jpg", "jpeg", "png");
  private static final String SUPPORTED = "'.csv', '.doc', '.docx', '.jpeg', '.jpg', '.json', '.odt', '.pdf', "
      + "'.png', '.rtf', '.txt', '.xlsx'";
  /** send_a_file_validation's properties, in schema order (jsonschema reports errors in this order). */
  private static final List<String> KEYS =
      List.of("file", "is_csv", "confirm_email_before_download", "retention_period", "filename");
  private static final Pattern RETENTION = Pattern.compile("^(\\d+) weeks?$");
  private static final Pattern BASE64_ALPHABET = Pattern.compile("[^A-Za-z0-9+/=]");

  private FileUploads() {}

  /** The names of the values that are files ({@code isinstance(v, dict) and "file" in v}). */
  static List<String> fileKeys(Map<String, Object> personalisation) {
    List<String> keys = new ArrayList<>();
    personalisation.forEach((k, v) -> {
      if (v instanceof Map<?, ?> m && m.containsKey("file")) {
        keys.add(k);
      }
    });
    return keys;
  }

  /**
   * Validates one file object against {@code send_a_file_validation}, reporting every error together.
   *
   * @throws NotifyError 400 ValidationError
   */
  static void validate(Map<?, ?> file) {
    JsonNode f = Responses.JSON.valueToTree(file);
    List<String> errors = new ArrayList<>();
    Set<String> unexpected = new LinkedHashSet<>();
    f.fieldNames().forEachRemaining(n -> {
      if (!KEYS.contains(n)) {
        unexpected.add(n);
      }
    });
    if (!unexpected.isEmpty()) {
      // No prefix: the error is at the object itself (build_error_message, __format_message).
      errors.add(SendSchema.unexpectedMessage(unexpected).replace("'", ""));
    }
    for (String key : KEYS) {
      JsonNode v = f.get(key);
      if (v == null) {
        continue;
      }
      String problem = switch (key) {
        case "file" -> v.isTextual() ? null : SendSchema.python(v) + " is not of type string";
        case "is_csv", "confirm_email_before_download" -> v.isNull() || v.isBoolean() ? null
            : "Unsupported value for " + key + ": " + SendSchema.python(v) + ". Use a boolean true or false value.";
        case "retention_period" -> v.isNull() || validRetention(v) ? null
            : "Unsupported value for retention_period: " + SendSchema.python(v)
                + ". Supported periods are from 1 to 78 weeks.";
        default -> v.isNull() || (v.isTextual() && v.asText().contains(".")) ? null
            : "`filename` must end with a file extension. For example, filename.csv";
      };
      if (problem != null) {
        // Each is prefixed with the option's name, quotes removed (__format_message).
        errors.add((key + " " + problem).replace("'", ""));
      }
    }
    if (f.has("is_csv") && f.has("filename")) {
      // The allOf rule's validationMessage, with no path to prefix (notification_schemas.py:139-147).
      errors.add("Do not set a value for `is_csv` if `filename` is set.");
    }
    if (!errors.isEmpty()) {
      throw NotifyError.validation(new ArrayList<>(new LinkedHashSet<>(errors)));
    }
  }

  /**
   * document-download-api's checks of an upload, in {@code UploadedFile}'s order: base64, filename, size.
   *
   * @return the decoded file
   * @throws NotifyError 400 BadRequestError with document-download's message
   */
  static byte[] check(Map<?, ?> file) {
    byte[] bytes = decode(String.valueOf(file.get("file")));
    Object filename = file.get("filename");
    if (filename instanceof String name) {
      // app/utils/validation.py:40-52 validate_filename
      if (name.codePointCount(0, name.length()) > MAX_FILENAME_LENGTH) {
        throw NotifyError.badRequest("`filename` cannot be longer than " + MAX_FILENAME_LENGTH + " characters");
      }
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (!EXTENSIONS.contains(extension)) {
        throw NotifyError.badRequest("Unsupported file type '." + extension + "'. Supported types are: "
            + SUPPORTED);
      }
    }
    if (bytes.length > MAX_DECODED_FILE_SIZE) {
      // abort(413), answered by app/upload/errors.py:6-8, passed on as a 400.
      throw NotifyError.badRequest("Uploaded file exceeds file size limit");
    }
    if (bytes.length == 0) {
      throw NotifyError.badRequest("Document must not be empty");
    }
    return bytes;
  }

  private static byte[] decode(String text) {
    try {
      return pythonBase64(text);
    } catch (IllegalArgumentException e) {
      throw NotifyError.badRequest("Document is not base64 encoded");
    }
  }

  /**
   * Python's {@code base64.b64decode(text)} without {@code validate}: characters outside the alphabet are dropped,
   * and the rest must be correctly padded.
   *
   * @throws IllegalArgumentException where Python raises binascii.Error
   */
  static byte[] pythonBase64(String text) {
    String data = BASE64_ALPHABET.matcher(text).replaceAll("");
    if (data.length() % 4 != 0) {
      throw new IllegalArgumentException("Incorrect padding");
    }
    return Base64.getDecoder().decode(data);
  }

  private static boolean validRetention(JsonNode v) {
    if (!v.isTextual()) {
      return false;
    }
    Matcher m = RETENTION.matcher(v.asText().strip().toLowerCase(Locale.ROOT));
    return m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 78;
  }
}
