package io.github.councilplatform.examples.spring;

import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The council's parking permit service. With no {@code NOTIFY_API_KEY}, {@code PAY_API_KEY} or
 * {@code ONE_LOGIN_CLIENT_ID} in the environment it starts the sandbox in-process and points the starter at it
 * ({@link SandboxPlatforms}); otherwise it uses the {@code council-platform.*} settings given as usual.
 */
@SpringBootApplication
public class ParkingPermitApplication {

  /**
   * Starts the service (Ctrl-C stops it).
   *
   * @param args Spring Boot arguments, for example {@code --server.port=8081}
   */
  public static void main(String[] args) {
    start(args);
  }

  /**
   * Starts the service and returns its context (the Chromium test stops it by closing the context).
   *
   * @param args Spring Boot arguments
   * @return the running application
   */
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(ParkingPermitApplication.class);
    boolean real = System.getenv("NOTIFY_API_KEY") != null || System.getenv("PAY_API_KEY") != null
        || System.getenv("ONE_LOGIN_CLIENT_ID") != null;
    if (!real) {
      int port = SandboxPlatforms.port(args);
      SandboxPlatforms sandbox = SandboxPlatforms.start(port);
      app.setDefaultProperties(Map.copyOf(sandbox.properties()));
      app.addInitializers(context -> {
        var beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("sandbox", sandbox.sandbox());
        beans.registerDisposableBean("sandbox", sandbox::close);
      });
      ConfigurableApplicationContext context = app.run(args);
      System.out.println("\nParking permit service: http://localhost:" + port + "/  (sandbox: " + sandbox.sandbox()
          .baseUrl() + "/_sandbox)\n");
      return context;
    }
    return app.run(args);
  }
}
