package io.github.councilplatform.notify;

/**
 * The content of a templated letter Notify accepted ({@code content} of the send response).
 *
 * @param body the letter body, with placeholders filled in
 * @param subject the letter's heading
 */
public record LetterContent(String body, String subject) {

  /** Describes the content without the body, which may hold personal data. */
  @Override
  public String toString() {
    return "LetterContent{body=" + (body == null ? 0 : body.length()) + " chars}";
  }
}
