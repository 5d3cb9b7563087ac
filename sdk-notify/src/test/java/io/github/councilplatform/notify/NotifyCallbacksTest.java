package io.github.councilplatform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.InvalidInboundMessageException;
import io.github.councilplatform.core.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Callback bodies are shaped as Notify's service_callback_tasks.py sends them (notify.md 2.9). */
class NotifyCallbacksTest {
  private static final String OLD_TOKEN = "old-callback-token-123";
  private static final String NEW_TOKEN = "new-callback-token-456";
  private final NotifyCallbackVerifier verifier = NotifyCallbacks.verifier(List.of(OLD_TOKEN, NEW_TOKEN));

  static final String RECEIPT = """
      {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": "permit-42", "to": "07700900123",
       "status": "delivered", "created_at": "2026-05-17T09:58:38.342838Z",
       "completed_at": "2026-05-17T09:59:10.000001Z", "sent_at": "2026-05-17T09:58:40.000000Z",
       "notification_type": "sms", "template_id": "f33517ff-2a88-4f6e-b855-c550268ce08a", "template_version": 3}
      """;
  static final String RECEIVED_TEXT = """
      {"id": "11111111-1111-4111-8111-111111111111", "source_number": "447700900111",
       "destination_number": "07700900000", "message": "STOP", "date_received": "2026-05-17T09:00:00.000000Z"}
      """;
  static final String RETURNED_LETTER = """
      {"notification_id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": null,
       "date_sent": "2026-05-10T12:00:00.000000Z", "sent_by": "API", "template_name": null,
       "template_id": "None", "template_version": null, "spreadsheet_file_name": null,
       "spreadsheet_row_number": null, "upload_letter_file_name": null}
      """;
  static final String COMPLAINT = """
      {"notification_id": "740e5834-3a29-46b4-9a6f-16142fde533a",
       "complaint_id": "22222222-2222-4222-8222-222222222222", "reference": "permit-43",
       "to": "amala@example.org", "complaint_date": "2026-05-18T08:00:00.000000Z"}
      """;

  @Test
  void aDeliveryReceiptWithTheCurrentTokenParses() {
    DeliveryReceipt r = verifier.verifyDeliveryReceipt("Bearer " + NEW_TOKEN, bytes(RECEIPT));

    assertThat(r.id()).isEqualTo(UUID.fromString("740e5834-3a29-46b4-9a6f-16142fde533a"));
    assertThat(r.reference()).isEqualTo("permit-42");
    assertThat(r.status()).isEqualTo(NotificationStatus.DELIVERED);
    assertThat(r.notificationType()).isEqualTo(TemplateType.SMS);
    assertThat(r.completedAt()).isEqualTo(Instant.parse("2026-05-17T09:59:10.000001Z"));
    assertThat(r.templateVersion()).isEqualTo(3);
    assertThat(r.toString()).doesNotContain("07700900123");
  }

  @Test
  void theOldTokenStillWorksDuringRotation() {
    assertThat(verifier.verifyDeliveryReceipt("Bearer " + OLD_TOKEN, bytes(RECEIPT)).status())
        .isEqualTo(NotificationStatus.DELIVERED);
    assertThat(verifier.verifyDeliveryReceipt("bearer " + OLD_TOKEN, bytes(RECEIPT))).isNotNull();
  }

  @Test
  void aTokenRemovedAfterRotationIsRejected() {
    NotifyCallbackVerifier rotated = NotifyCallbacks.verifier(NEW_TOKEN);
    assertThatThrownBy(() -> rotated.verifyDeliveryReceipt("Bearer " + OLD_TOKEN, bytes(RECEIPT)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Bearer wrong-token-000000", "Bearer", "Basic " + NEW_TOKEN, NEW_TOKEN,
      "Bearer " + NEW_TOKEN + "x", "Bearer " + "new-callback-token-45"})
  void missingOrWrongTokensAreRejected(String header) {
    assertThatThrownBy(() -> verifier.verifyDeliveryReceipt(header, bytes(RECEIPT)))
        .isInstanceOf(SignatureVerificationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(NEW_TOKEN).doesNotContain(OLD_TOKEN));
  }

  @Test
  void theTokenIsCheckedBeforeTheBodyIsRead() {
    assertThatThrownBy(() -> verifier.verifyDeliveryReceipt("Bearer nope-nope-nope", bytes("not json")))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "\"text\"", "{}",
      "{\"id\": \"740e5834-3a29-46b4-9a6f-16142fde533a\", \"status\": \"delivered\"}",
      "{\"id\": \"not-a-uuid\", \"to\": \"x\", \"status\": \"delivered\", \"notification_type\": \"sms\","
          + " \"created_at\": \"2026-05-17T09:58:38.342838Z\"}",
      "{\"id\": \"740e5834-3a29-46b4-9a6f-16142fde533a\", \"to\": \"x\", \"status\": \"delivered\","
          + " \"notification_type\": \"sms\", \"created_at\": \"yesterday\"}",
      "{\"id\": \"740e5834-3a29-46b4-9a6f-16142fde533a\", \"to\": \"x\", \"status\": \"delivered\","
          + " \"notification_type\": \"sms\", \"created_at\": \"2026-05-17T09:58:38Z\", \"template_version\": \"3\"}"})
  void badBodiesAreATypedErrorNeverAPartialObject(String body) {
    assertThatThrownBy(() -> verifier.verifyDeliveryReceipt("Bearer " + NEW_TOKEN, bytes(body)))
        .isInstanceOf(InvalidCallbackException.class);
  }

  @Test
  void receivedTextMessagesParse() {
    ReceivedTextMessageCallback m = verifier.verifyReceivedTextMessage("Bearer " + NEW_TOKEN, bytes(RECEIVED_TEXT));
    assertThat(m.sourceNumber()).isEqualTo("447700900111");
    assertThat(m.message()).isEqualTo("STOP");
    assertThat(m.dateReceived()).isEqualTo(Instant.parse("2026-05-17T09:00:00Z"));
    assertThat(m.toString()).doesNotContain("STOP").doesNotContain("447700900111");
  }

  @Test
  void returnedLettersParseIncludingNotifysNoneTemplateId() {
    ReturnedLetterCallback r = verifier.verifyReturnedLetter("Bearer " + NEW_TOKEN, bytes(RETURNED_LETTER));
    assertThat(r.notificationId()).isEqualTo(UUID.fromString("740e5834-3a29-46b4-9a6f-16142fde533a"));
    assertThat(r.templateId()).isNull();
    assertThat(r.sentBy()).isEqualTo("API");
    assertThat(r.dateSent()).isEqualTo(Instant.parse("2026-05-10T12:00:00Z"));
  }

  @Test
  void complaintsParse() {
    ComplaintCallback c = verifier.verifyComplaint("Bearer " + NEW_TOKEN, bytes(COMPLAINT));
    assertThat(c.complaintId()).isEqualTo(UUID.fromString("22222222-2222-4222-8222-222222222222"));
    assertThat(c.to()).isEqualTo("amala@example.org");
    assertThat(c.toString()).doesNotContain("amala@example.org");
  }

  @Test
  void parseRecognisesEachKind() {
    String auth = "Bearer " + NEW_TOKEN;
    assertThat(verifier.verify(auth, bytes(RECEIPT))).isInstanceOf(DeliveryReceipt.class);
    assertThat(verifier.verify(auth, bytes(RECEIVED_TEXT))).isInstanceOf(ReceivedTextMessageCallback.class);
    assertThat(verifier.verify(auth, bytes(RETURNED_LETTER))).isInstanceOf(ReturnedLetterCallback.class);
    assertThat(verifier.verify(auth, bytes(COMPLAINT))).isInstanceOf(ComplaintCallback.class);
    assertThatThrownBy(() -> verifier.verify(auth, bytes("{\"kind\": \"new\"}")))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("known kind");
  }

  @Test
  void readsTheTokenFromTheRequestHeadersIgnoringCase() {
    assertThat(verifier.verify(InboundHeaders.of("authorization", "Bearer " + NEW_TOKEN), bytes(RECEIPT)))
        .isInstanceOf(DeliveryReceipt.class);
    assertThat(verifier.verify(InboundHeaders.of(Map.of("AUTHORIZATION", "Bearer " + OLD_TOKEN)), bytes(RECEIPT)))
        .isInstanceOf(DeliveryReceipt.class);
    // No headers, or none of the right name, is a missing credential: the body is never read.
    assertThatThrownBy(() -> verifier.verify((InboundHeaders) null, bytes("not json")))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no Authorization header");
    assertThatThrownBy(() -> verifier.verify(InboundHeaders.of("Pay-Signature", NEW_TOKEN), bytes("not json")))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void anUnreadableGenuineCallbackIsTheCoreInboundMessageType() {
    assertThatThrownBy(() -> verifier.verify("Bearer " + NEW_TOKEN, bytes("[1, 2]")))
        .isInstanceOf(InvalidInboundMessageException.class).isInstanceOf(InvalidCallbackException.class)
        .isNotInstanceOf(SignatureVerificationException.class).hasNoCause();
  }

  @Test
  void aWrongKindOfCallbackForTheMethodIsRejected() {
    assertThatThrownBy(() -> verifier.verifyComplaint("Bearer " + NEW_TOKEN, bytes(RECEIPT)))
        .isInstanceOf(InvalidCallbackException.class);
  }

  @Test
  void aTokenReadFromAFileWithATrailingNewlineStillMatches() {
    NotifyCallbackVerifier fromFile = NotifyCallbacks.verifier(NEW_TOKEN + "\n");
    assertThat(fromFile.verifyDeliveryReceipt("Bearer " + NEW_TOKEN, bytes(RECEIPT))).isNotNull();
  }

  @Test
  void tokensMustBeAtLeast10Characters() {
    assertThatThrownBy(() -> NotifyCallbacks.verifier("short")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NotifyCallbacks.verifier(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(verifier.toString()).doesNotContain(NEW_TOKEN);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
