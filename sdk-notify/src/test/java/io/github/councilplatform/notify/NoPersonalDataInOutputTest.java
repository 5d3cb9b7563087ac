package io.github.councilplatform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Values that identify a resident never reach a {@code toString()}, an exception message or a cause: previews
 * and contents print lengths, and a callback field that does not parse is described, not quoted.
 */
class NoPersonalDataInOutputTest {
  private static final String TOKEN = "callback-token-123456";
  private static final String EMAIL = "amala.okafor@example.org";
  private static final String ADDRESS = "14 High Street, Bath";
  private final NotifyCallbackVerifier verifier = NotifyCallbacks.verifier(TOKEN);

  static String chain(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t).append('\n');
    }
    return out.toString();
  }

  InvalidCallbackException refused(String body) {
    try {
      verifier.verify("Bearer " + TOKEN, body.getBytes(StandardCharsets.UTF_8));
    } catch (InvalidCallbackException e) {
      return e;
    }
    throw new AssertionError("the callback was accepted");
  }

  @Test
  void templatePreviewPrintsLengthsOnly() {
    TemplatePreview preview = new TemplatePreview(UUID.randomUUID(), TemplateType.EMAIL, 3,
        "Dear " + EMAIL + ", we will collect from " + ADDRESS, "Collection at " + ADDRESS, "<p>" + EMAIL + "</p>",
        null);
    assertThat(preview.toString()).doesNotContain(EMAIL).doesNotContain(ADDRESS).contains("body=72 chars")
        .contains("version=3");
  }

  @Test
  void sanitisedContentAndTemplateAuthorAreHidden() {
    assertThat(new SanitisedContent(EMAIL, ADDRESS).toString()).doesNotContain(EMAIL).doesNotContain(ADDRESS);
    Template t = new Template(UUID.randomUUID(), "Bin collection", TemplateType.EMAIL, Instant.EPOCH, null, EMAIL, 1,
        "Hello ((name))", "Subject", Map.of("name", new TemplatePlaceholder(true)), null, ADDRESS);
    assertThat(t.toString()).doesNotContain(EMAIL).doesNotContain(ADDRESS).contains("Bin collection");
  }

  @Test
  void returnedLetterHidesWhoSentIt() {
    ReturnedLetterCallback r = new ReturnedLetterCallback(UUID.randomUUID(), "ref-1", Instant.EPOCH, "Amala Okafor",
        null, null, null, "okafor-letters.csv", 2, "amala-okafor.pdf");
    assertThat(r.toString()).doesNotContain("Okafor").contains("ref-1");
  }

  @Test
  void aTimestampThatDoesNotParseIsDescribedNotQuoted() {
    InvalidCallbackException e = refused("{\"notification_id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\","
        + "\"complaint_id\":\"22222222-2222-4222-8222-222222222222\",\"to\":\"" + EMAIL + "\","
        + "\"complaint_date\":\"" + EMAIL + "\"}");
    assertThat(e.getMessage()).contains("'complaint_date' is not an ISO-8601 UTC timestamp");
    assertThat(e.getCause()).isNull();
    assertThat(chain(e)).doesNotContain(EMAIL);
  }

  @Test
  void aUuidThatDoesNotParseIsDescribedNotQuoted() {
    InvalidCallbackException e = refused("{\"notification_id\":\"" + EMAIL + "\","
        + "\"complaint_id\":\"22222222-2222-4222-8222-222222222222\",\"to\":\"x\","
        + "\"complaint_date\":\"2026-05-18T08:00:00.000000Z\"}");
    assertThat(e.getMessage()).contains("'notification_id' is not a UUID");
    assertThat(chain(e)).doesNotContain(EMAIL);
  }

  @Test
  void jsonThatDoesNotParseIsLocatedNotQuoted() {
    InvalidCallbackException e = refused("{\"to\": \"" + EMAIL + "\" \"" + ADDRESS + "\"}");
    assertThat(e.getMessage()).contains("not JSON").contains("line 1");
    assertThat(e.getCause()).isNull();
    assertThat(chain(e)).doesNotContain(EMAIL).doesNotContain(ADDRESS);
  }

  @Test
  void nullArgumentsGiveTheVerifiersTypedExceptions() {
    assertThatThrownBy(() -> verifier.verify((String) null, new byte[0]))
        .isInstanceOf(io.github.councilplatform.core.SignatureVerificationException.class);
    assertThatThrownBy(() -> verifier.verify("Bearer " + TOKEN, null)).isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("empty");
    assertThat(List.of(verifier.toString())).noneMatch(s -> s.contains(TOKEN));
  }
}
