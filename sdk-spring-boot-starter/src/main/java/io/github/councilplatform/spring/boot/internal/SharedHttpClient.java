package io.github.councilplatform.spring.boot.internal;

import java.io.IOException;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;

/**
 * The one OkHttp client (connection pool and dispatcher) every auto-configured client is built on. The SDK never
 * closes a client it was given, so this bean does, after the clients (which depend on it) have closed.
 */
public final class SharedHttpClient implements DisposableBean {

  private final OkHttpClient client = new OkHttpClient();

  /** @return the shared client */
  public OkHttpClient client() {
    return client;
  }

  @Override
  public void destroy() throws IOException {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    if (client.cache() != null) {
      client.cache().close();
    }
  }
}
