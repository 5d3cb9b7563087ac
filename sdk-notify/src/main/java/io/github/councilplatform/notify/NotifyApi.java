package io.github.councilplatform.notify;

import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.CircuitState;
import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.RequestValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every operation of the GOV.UK Notify v2 API. {@link NotifyClient} implements it; depend on this interface
 * in your own code so tests can substitute a fake ({@link PagedIterable#of} builds listings for fakes).
 *
 * <h2>Sends and unknown outcomes</h2>
 * Notify has no idempotency key, so a send is resent only when it provably never reached Notify (the
 * connection failed) or Notify refused it before processing (the per-minute {@code RateLimitError}). If a
 * send reached Notify but no answer came back (a read timeout, a dropped connection, a 5xx), it throws
 * {@link OutcomeUnknownException} carrying the request's {@code reference}: the message may or may not have
 * been sent. To reconcile, look for it with {@link #findNotificationsByReference(String)} and send again
 * only if nothing is there. Give every send a reference unique to it so this works.
 *
 * <h2>Errors</h2>
 * Every method throws the SDK's unchecked exceptions: {@link RequestValidationException} before sending
 * bad input, the {@link ApiException} family for Notify's error responses (see {@link NotifyErrorTypes}),
 * and {@link CouncilPlatformException} for the rest.
 *
 * <h2>Closing</h2>
 * {@link #close()} releases the connection pool and threads the client created; an {@code OkHttpClient} you
 * passed to the builder is left as it was. Close a client when your application stops, not after each call.
 */
public interface NotifyApi extends AutoCloseable {

  /**
   * Sends a text message ({@code POST /v2/notifications/sms}).
   *
   * <p>If this throws {@link OutcomeUnknownException}, the message may have been sent: reconcile with
   * {@code findNotificationsByReference(request.reference())} before sending again.
   *
   * @param request the message
   * @return Notify's acceptance, with the notification id
   * @throws OutcomeUnknownException if the request reached Notify but no answer came back
   * @throws RateLimitedException if the per-minute limit persisted through retries, or the daily limit is
   *     reached ({@code resetsLater()})
   * @throws ApiException for Notify's other error responses
   */
  SmsResponse sendSms(SmsRequest request);

  /**
   * Sends an email ({@code POST /v2/notifications/email}), with any file attachments in its
   * personalisation.
   *
   * <p>If this throws {@link OutcomeUnknownException}, the email may have been sent: reconcile with
   * {@code findNotificationsByReference(request.reference())} before sending again.
   *
   * @param request the email
   * @return Notify's acceptance, with the notification id and content
   * @throws OutcomeUnknownException if the request reached Notify but no answer came back
   * @throws RateLimitedException if the per-minute limit persisted through retries, or the daily limit is
   *     reached
   * @throws ApiException for Notify's other error responses
   */
  EmailResponse sendEmail(EmailRequest request);

  /**
   * Sends a letter from a template ({@code POST /v2/notifications/letter}). Needs a live key on a live
   * service: team keys and trial services get 403.
   *
   * <p>If this throws {@link OutcomeUnknownException}, the letter may have been sent: reconcile with
   * {@code findNotificationsByReference(request.reference())} before sending again.
   *
   * @param request the letter
   * @return Notify's acceptance
   * @throws OutcomeUnknownException if the request reached Notify but no answer came back
   * @throws ApiException for Notify's error responses
   */
  LetterResponse sendLetter(LetterRequest request);

  /**
   * Sends a letter you laid out as a PDF ({@code POST /v2/notifications/letter} with {@code content}).
   *
   * <p>If this throws {@link OutcomeUnknownException}, the letter may have been sent: reconcile with
   * {@code findNotificationsByReference(request.reference())} before sending again.
   *
   * @param request the letter
   * @return Notify's acceptance
   * @throws OutcomeUnknownException if the request reached Notify but no answer came back
   * @throws ApiException for Notify's error responses
   */
  PrecompiledLetterResponse sendPrecompiledLetter(PrecompiledLetterRequest request);

  /**
   * Fetches a notification ({@code GET /v2/notifications/{id}}).
   *
   * @param id the notification id
   * @return the notification, with its status and cost
   * @throws NotFoundException if there is no such notification, or it is outside the retention period
   */
  Notification getNotification(UUID id);

  /**
   * Fetches the PDF of a letter ({@code GET /v2/notifications/{id}/pdf}).
   *
   * @param id the letter's notification id
   * @return the PDF's bytes
   * @throws ApiException with {@link NotifyErrorTypes#PDF_NOT_READY_ERROR} if the PDF is not ready yet
   *     (try again later; see {@link NotifyErrorTypes#isPdfNotReady(Throwable)})
   * @throws NotFoundException if there is no such notification
   */
  byte[] getLetterPdf(UUID id);

  /**
   * Lists notifications, newest first ({@code GET /v2/notifications}), fetching pages of up to 250 lazily
   * as you iterate, following {@code older_than} and stopping at an empty page.
   *
   * @param query the filters
   * @return the lazy listing; each iteration starts again from the newest
   */
  PagedIterable<Notification> listNotifications(NotificationQuery query);

  /**
   * Lists every notification in the retention period, newest first.
   *
   * @return the lazy listing
   */
  default PagedIterable<Notification> listNotifications() {
    return listNotifications(NotificationQuery.all());
  }

  /**
   * Lists the notifications sent with a reference: the way to reconcile a send that threw
   * {@link OutcomeUnknownException}. An empty result means Notify has no record of it (or it was sent to
   * one of Notify's smoke-test recipients, which are never stored), so it is safe to send again.
   *
   * <p>Returns a {@link PagedIterable}, as {@code PayApi.findPaymentsByReference} does, rather than a
   * {@code List}: Notify does not require references to be unique, so there may be many pages, and the usual
   * question ("is there one?") needs only the first; each iteration asks Notify again, so checking again later
   * sees a notification that was still being stored. {@code stream().toList()} gives a list.
   *
   * @param reference the reference given when sending
   * @return the lazy listing, usually of zero or one notification
   * @throws RequestValidationException if the reference is empty
   */
  default PagedIterable<Notification> findNotificationsByReference(String reference) {
    return listNotifications(NotificationQuery.byReference(reference));
  }

  /**
   * Polls a notification with growing pauses until it reaches a final status (see
   * {@link NotificationStatus#isFinal()}). Meant for emails and text messages in tests and scripts;
   * letters take days, and in production a delivery receipt callback is cheaper than polling.
   *
   * @param id the notification id
   * @param timeout how long to keep polling
   * @return the notification in its final status
   * @throws FinalStatusTimeoutException if it is still not final when the time is up
   * @throws NotFoundException if there is no such notification
   */
  Notification awaitFinalStatus(UUID id, Duration timeout);

  /**
   * Fetches the latest version of a template ({@code GET /v2/template/{id}}).
   *
   * @param id the template id
   * @return the template
   * @throws NotFoundException if there is no such template
   */
  Template getTemplate(UUID id);

  /**
   * Fetches one version of a template ({@code GET /v2/template/{id}/version/{version}}).
   *
   * @param id the template id
   * @param version the version, from 1
   * @return the template at that version
   * @throws RequestValidationException if the version is below 1
   * @throws NotFoundException if there is no such template or version
   */
  Template getTemplate(UUID id, int version);

  /**
   * Lists the service's templates of one channel ({@code GET /v2/templates?type=}).
   *
   * @param type the channel, or {@code null} for all
   * @return the templates
   */
  List<Template> listTemplates(TemplateType type);

  /**
   * Lists all the service's templates ({@code GET /v2/templates}).
   *
   * @return the templates
   */
  default List<Template> listTemplates() {
    return listTemplates(null);
  }

  /**
   * Renders a template with personalisation, without sending anything
   * ({@code POST /v2/template/{id}/preview}).
   *
   * @param id the template id
   * @param personalisation placeholder values (text, numbers or lists), may be empty
   * @return the rendered template
   * @throws ApiException with {@code BadRequestError} if a placeholder is missing
   */
  TemplatePreview previewTemplate(UUID id, Map<String, ?> personalisation);

  /**
   * Lists the text messages received by the service, newest first
   * ({@code GET /v2/received-text-messages}), fetching pages lazily as you iterate.
   *
   * @return the lazy listing
   */
  PagedIterable<ReceivedTextMessage> listReceivedTextMessages();

  /**
   * What the client knows of GOV.UK Notify's health without making a call: its circuit breaker's state and how its
   * last call ended, for a health probe that must not call the platform each time. A fake that does not
   * override this reports no calls and no breaker.
   *
   * @return the health view
   */
  default ClientHealth health() {
    return new ClientHealth("notify", CircuitState.DISABLED, null, 0, null);
  }

  /**
   * Releases the connection pool and threads the client created (never an {@code OkHttpClient} you passed to
   * its builder). Idempotent; do not use the client afterwards.
   */
  @Override
  void close();
}
