package org.example.council.permits;

import io.github.councilplatform.notify.NotifyClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The council's permits service. */
@SpringBootApplication
public class PermitsApplication {

  public static void main(String[] args) {
    SpringApplication.run(PermitsApplication.class, args);
  }

  /** One Notify client for the whole application, as the SDK's README advises. */
  @Bean
  NotifyClient notifyClient(@Value("${council.notify.base-url}") String baseUrl,
      @Value("${council.notify.api-key}") String apiKey) {
    return NotifyClient.builder().baseUrl(baseUrl).apiKey(apiKey).build();
  }
}
