package io.github.councilplatform.notify;

import io.github.councilplatform.core.RequestValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A letter you have already laid out as a PDF, to send with
 * {@link NotifyApi#sendPrecompiledLetter(PrecompiledLetterRequest)} ({@code POST /v2/notifications/letter}
 * with {@code content}). Notify checks the layout asynchronously: the letter starts as
 * {@code pending-virus-check} and may end as {@code validation-failed}.
 *
 * @param reference your identifier for the letter (required by Notify for precompiled letters)
 * @param pdf the PDF's bytes (copied); must start with a PDF header ({@code %PDF-}) within its first 1024
 *     bytes
 * @param postage {@link Postage#FIRST}, {@link Postage#SECOND} or {@link Postage#ECONOMY}, or {@code null}
 *     for Notify's default (second class)
 */
public record PrecompiledLetterRequest(String reference, byte[] pdf, Postage postage) {

  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  /**
   * Checks the request.
   *
   * @param reference your identifier for the letter (required by Notify for precompiled letters)
   * @param pdf the PDF's bytes (copied); must start with a PDF header ({@code %PDF-}) within its first 1024
   *     bytes
   * @param postage {@link Postage#FIRST}, {@link Postage#SECOND} or {@link Postage#ECONOMY}, or {@code null}
   *     for Notify's default (second class)
   * @throws RequestValidationException if the reference is missing, the content is not a PDF, or the postage cannot be chosen
   */
  public PrecompiledLetterRequest {
    if (reference == null || reference.isBlank()) {
      throw new RequestValidationException("reference", "is required for a precompiled letter");
    }
    if (pdf == null || pdf.length == 0) {
      throw new RequestValidationException("content", "the PDF is missing or empty");
    }
    if (!hasPdfHeader(pdf)) {
      throw new RequestValidationException("content", "is not a PDF: no %PDF- header in its first 1024 bytes");
    }
    if (postage != null && !postage.isSelectable()) {
      throw new RequestValidationException("postage", "postage invalid. It must be either first, second or"
          + " economy.");
    }
    pdf = pdf.clone();
  }

  /**
   * A request from PDF bytes.
   *
   * @param reference your identifier for the letter (required)
   * @param pdf the PDF
   * @return the request
   * @throws RequestValidationException as the canonical constructor
   */
  public static PrecompiledLetterRequest of(String reference, byte[] pdf) {
    return new PrecompiledLetterRequest(reference, pdf, null);
  }

  /**
   * A request from a stream, read fully now (Notify takes the PDF inline, base64-encoded). The stream is
   * not closed.
   *
   * @param reference your identifier for the letter (required)
   * @param pdf the PDF stream
   * @param postage the postage, or {@code null} for second class
   * @return the request
   * @throws UncheckedIOException if the stream cannot be read; the cause is kept
   * @throws RequestValidationException as the canonical constructor
   */
  public static PrecompiledLetterRequest of(String reference, InputStream pdf, Postage postage) {
    Objects.requireNonNull(pdf, "pdf");
    try {
      return new PrecompiledLetterRequest(reference, pdf.readAllBytes(), postage);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the PDF stream for precompiled letter '" + reference + "'", e);
    }
  }

  /**
   * A copy with another postage class.
   *
   * @param postage first, second or economy
   * @return the new request
   */
  public PrecompiledLetterRequest withPostage(Postage postage) {
    return new PrecompiledLetterRequest(reference, pdf, postage);
  }

  /**
   * A copy of the PDF's bytes.
   *
   * @return the PDF bytes
   */
  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  private static boolean hasPdfHeader(byte[] b) {
    int limit = Math.min(b.length, 1024) - PDF_HEADER.length;
    for (int i = 0; i <= limit; i++) {
      if (Arrays.equals(b, i, i + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrecompiledLetterRequest r && reference.equals(r.reference) && Arrays.equals(pdf, r.pdf)
        && postage == r.postage;
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, Arrays.hashCode(pdf), postage);
  }

  /** Describes the request without the PDF. */
  @Override
  public String toString() {
    return "PrecompiledLetterRequest{reference=" + reference + ", pdf=" + pdf.length + " bytes, postage=" + postage
        + '}';
  }
}
