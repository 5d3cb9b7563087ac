package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files sent by email: checked after the recipient (notifications-api app/v2/notifications/post_notifications.py:
 * 225-231, 294-340), each option's error prefixed with its name (app/schema_validation/__init__.py:82-125, 159-182),
 * then document-download-api's own checks (app/utils/file_checks.py, app/utils/validation.py), answered as 400
 * BadRequestError (app/clients/document_download.py:85-96).
 */
@ExtendWith(SandboxExtension.class)
class NotifyFileUploadTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  private Resp email(String to, Object file) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email_address", to);
    body.put("template_id", api.emailTemplate);
    body.put("personalisation", Map.of("name", file));
    return api.post(api.liveKey, "/v2/notifications/email", body);
  }

  private static Map<String, Object> file(byte[] content, Object... options) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("file", Base64.getEncoder().encodeToString(content));
    for (int i = 0; i < options.length; i += 2) {
      f.put((String) options[i], options[i + 1]);
    }
    return f;
  }

  private static List<String> messages(Resp r) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : r.json().path("errors")) {
      out.add(e.path("error").asText() + ": " + e.path("message").asText());
    }
    return out;
  }

  /** document-download-api app/config.py:18 MAX_DECODED_FILE_SIZE = 2 MiB + 1 KiB; app/upload/errors.py:6-8. */
  @Test
  void decodedFilesUpTo2MiBPlus1KiBAreAccepted() {
    Resp atLimit = email("resident@example.com", file(new byte[2 * 1024 * 1024 + 1024], "filename", "big.pdf"));
    assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(201);
    Resp over = email("resident@example.com", file(new byte[2 * 1024 * 1024 + 1025], "filename", "big.pdf"));
    assertThat(over.status()).isEqualTo(400);
    assertThat(messages(over)).containsExactly("BadRequestError: Uploaded file exceeds file size limit");
  }

  /** post_notifications.py:225-231: the recipient is checked before process_document_uploads. */
  @Test
  void fileOptionErrorsComeAfterTheRecipient() {
    Map<String, Object> bad = file("a".getBytes(), "retention_period", "99 weeks");
    Resp badRecipient = email("not an email", bad);
    assertThat(messages(badRecipient)).containsExactly("ValidationError: email_address Not a valid email address");
    api.admin("POST", "/notify/settings", "{\"restricted\": true}");
    Resp trial = email("resident@example.com", bad);
    assertThat(messages(trial)).containsExactly("BadRequestError: Can\u2019t send to this recipient when service is in"
        + " trial mode \u2013 see https://www.notifications.service.gov.uk/trial-mode");
  }

  /** app/schema_validation/__init__.py:82-125 formats, prefixed by the option (__format_message, :159-182). */
  @Test
  void eachOptionErrorIsPrefixedWithItsName() {
    Resp r = email("resident@example.com", file("a".getBytes(), "confirm_email_before_download", "yes",
        "retention_period", "99 weeks", "filename", "noextension", "colour", "red"));
    assertThat(messages(r)).containsExactly(
        "ValidationError: Additional properties are not allowed (colour was unexpected)",
        "ValidationError: confirm_email_before_download Unsupported value for confirm_email_before_download: yes."
            + " Use a boolean true or false value.",
        "ValidationError: retention_period Unsupported value for retention_period: 99 weeks. Supported periods are"
            + " from 1 to 78 weeks.",
        "ValidationError: filename `filename` must end with a file extension. For example, filename.csv");
    Resp csv = email("resident@example.com", file("a".getBytes(), "is_csv", "maybe"));
    assertThat(messages(csv)).containsExactly("ValidationError: is_csv Unsupported value for is_csv: maybe. Use a"
        + " boolean true or false value.");
  }

  /** notification_schemas.py:139-147: the allOf rule's validationMessage, with no prefix. */
  @Test
  void isCsvWithFilenameHasItsOwnError() {
    Resp r = email("resident@example.com", file("a,b".getBytes(), "is_csv", true, "filename", "report.csv"));
    assertThat(messages(r)).containsExactly(
        "ValidationError: Do not set a value for `is_csv` if `filename` is set.");
  }

  /** document-download-api app/utils/validation.py:40-52 and file_checks.py:50-53, 124-125. */
  @Test
  void documentDownloadRefusals() {
    assertThat(messages(email("resident@example.com", Map.of("file", "YWJ"))))
        .containsExactly("BadRequestError: Document is not base64 encoded");
    assertThat(messages(email("resident@example.com", Map.of("file", ""))))
        .containsExactly("BadRequestError: Document must not be empty");
    assertThat(messages(email("resident@example.com", file("a".getBytes(), "filename", "report.exe"))))
        .containsExactly("BadRequestError: Unsupported file type '.exe'. Supported types are: '.csv', '.doc', "
            + "'.docx', '.jpeg', '.jpg', '.json', '.odt', '.pdf', '.png', '.rtf', '.txt', '.xlsx'");
    assertThat(messages(email("resident@example.com", file("a".getBytes(), "filename", "x".repeat(98) + ".csv"))))
        .containsExactly("BadRequestError: `filename` cannot be longer than 100 characters");
  }

  /** post_notifications.py:318-322: a smoke-test recipient's file is never uploaded, so never checked there. */
  @Test
  void smokeTestRecipientsFilesAreNotUploaded() {
    Resp r = email("simulate-delivered@notifications.service.gov.uk", Map.of("file", ""));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }
}
