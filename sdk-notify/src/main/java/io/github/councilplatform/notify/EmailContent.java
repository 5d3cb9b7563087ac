package io.github.councilplatform.notify;

import java.net.URI;

/**
 * The content of an email Notify accepted ({@code content} of the send response).
 *
 * @param fromEmail the sender address
 * @param body the body as sent, in Notify's Markdown, with placeholders filled in
 * @param subject the subject as sent
 * @param oneClickUnsubscribeUrl the one-click unsubscribe URL given with the request, or {@code null}
 *     (Notify returns it here, inside {@code content}, not at the top level)
 */
public record EmailContent(String fromEmail, String body, String subject, URI oneClickUnsubscribeUrl) {

  /** Describes the content without the body or subject, which may hold personal data. */
  @Override
  public String toString() {
    return "EmailContent{fromEmail=" + fromEmail + ", body=" + (body == null ? 0 : body.length())
        + " chars, oneClickUnsubscribeUrl=" + (oneClickUnsubscribeUrl == null ? null : "<set>") + '}';
  }
}
