package io.github.councilplatform.spring.boot.internal.inbound;

import io.github.councilplatform.spring.boot.inbound.SeenMessageStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One inbound endpoint: reads the raw body (bounded), has the adapter verify and read it, flags a repeat through
 * the seen-store, publishes the event, answers 200. A rejection is answered with its status and nothing is
 * published. A listener that fails leaves the message unseen and propagates (500), so the platform redelivers.
 *
 * @param <T> the verified message type
 */
public final class InboundEndpoint<T> implements HandlerFunction<ServerResponse> {

  /** The largest body read; the platforms' messages are a few kilobytes. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  /** Marks a message verified, whether or not a listener has handled it yet. */
  private static final String VERIFIED = "verified:";

  private final InboundAdapter<T> adapter;
  private final SeenMessageStore seen;
  private final ApplicationEventPublisher publisher;
  private final BiFunction<T, Boolean, ApplicationEvent> toEvent;

  /**
   * @param adapter the platform's verification
   * @param seen the seen-store
   * @param publisher where events go
   * @param toEvent builds the event from the message and whether it is a repeat
   */
  public InboundEndpoint(InboundAdapter<T> adapter, SeenMessageStore seen, ApplicationEventPublisher publisher,
      BiFunction<T, Boolean, ApplicationEvent> toEvent) {
    this.adapter = adapter;
    this.seen = seen;
    this.publisher = publisher;
    this.toEvent = toEvent;
  }

  @Override
  public ServerResponse handle(ServerRequest request) throws IOException {
    HttpServletRequest servlet = request.servletRequest();
    if (servlet.getContentLengthLong() > MAX_BODY_BYTES) {
      return reject(HttpStatus.CONTENT_TOO_LARGE.value(), "The body is larger than any platform message.");
    }
    byte[] body;
    try (InputStream in = servlet.getInputStream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      return reject(HttpStatus.CONTENT_TOO_LARGE.value(), "The body is larger than any platform message.");
    }
    InboundAdapter.Accepted<T> accepted;
    try {
      accepted = adapter.accept(name -> request.headers().firstHeader(name), body);
    } catch (InboundRejection rejection) {
      return reject(rejection.status(), rejection.getMessage());
    }
    if (adapter.sdkRefusesReplays()) {
      boolean firstVerified = seen.markSeen(VERIFIED + accepted.key());
      if (accepted.knownOnlyIfSeen() && firstVerified) {
        seen.forget(VERIFIED + accepted.key());
        return reject(400, "The message was already used and is not a redelivery of one this service accepted.");
      }
    }
    boolean first = seen.markSeen(accepted.key());
    try {
      publisher.publishEvent(toEvent.apply(accepted.message(), !first));
    } catch (RuntimeException e) {
      if (first) {
        seen.forget(accepted.key());
      }
      throw e;
    }
    return ServerResponse.ok().build();
  }

  private static ServerResponse reject(int status, String reason) {
    return ServerResponse.status(status).contentType(MediaType.TEXT_PLAIN).body(reason);
  }
}
