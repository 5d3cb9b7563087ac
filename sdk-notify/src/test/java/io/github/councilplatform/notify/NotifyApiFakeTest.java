package io.github.councilplatform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.core.Page;
import io.github.councilplatform.core.PagedIterable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Council code depends on NotifyApi; a fake needs only public types, and the defaults delegate correctly. */
class NotifyApiFakeTest {

  /** A fake that records listing queries; everything else is unused here. */
  static final class RecordingFake implements NotifyApi {
    final List<NotificationQuery> queries = new ArrayList<>();
    TemplateType templatesAskedFor = TemplateType.UNKNOWN;
    boolean closed;

    @Override
    public PagedIterable<Notification> listNotifications(NotificationQuery query) {
      queries.add(query);
      return PagedIterable.of(token -> new Page<>(List.of(), null));
    }

    @Override
    public List<Template> listTemplates(TemplateType type) {
      templatesAskedFor = type;
      return List.of();
    }

    @Override
    public SmsResponse sendSms(SmsRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public EmailResponse sendEmail(EmailRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public LetterResponse sendLetter(LetterRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PrecompiledLetterResponse sendPrecompiledLetter(PrecompiledLetterRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Notification getNotification(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getLetterPdf(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Notification awaitFinalStatus(UUID id, Duration timeout) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Template getTemplate(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Template getTemplate(UUID id, int version) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TemplatePreview previewTemplate(UUID id, Map<String, ?> personalisation) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PagedIterable<ReceivedTextMessage> listReceivedTextMessages() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void findByReferenceAsksForExactlyThatReference() {
    RecordingFake fake = new RecordingFake();

    assertThat(fake.findNotificationsByReference("permit-42").stream()).isEmpty();
    fake.listNotifications().iterator().hasNext();

    assertThat(fake.queries).containsExactly(
        new NotificationQuery(List.of(), List.of(), "permit-42", false, null),
        new NotificationQuery(List.of(), List.of(), null, false, null));
  }

  @Test
  void listTemplatesWithoutATypeAsksForAll() {
    RecordingFake fake = new RecordingFake();
    fake.listTemplates();
    assertThat(fake.templatesAskedFor).isNull();
  }

  @Test
  void aFakeClosesInTryWithResourcesWithoutACheckedException() {
    RecordingFake fake = new RecordingFake();
    try (NotifyApi notify = fake) {
      notify.listTemplates();
    }
    assertThat(fake.closed).isTrue();
  }
}
