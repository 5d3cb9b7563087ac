package io.github.councilplatform.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the SDK's sandbox (GOV.UK Notify, Pay and One Login on 127.0.0.1, a free port) for the test's Spring
 * application context, and points every auto-configured client at it with the sandbox's seeded credentials:
 * Notify's live key, every {@code council-platform.pay.accounts.<name>} (or one account named {@code default}
 * when none is configured) with the sandbox's API key and webhook signing secret, and One Login's seeded client
 * (client id, private key, redirect and post-logout redirect URIs). These win over the application's own
 * settings, so no credentials are needed.
 *
 * <p>The {@code Sandbox} is a bean: autowire it to complete payments, sign residents in, or read what was sent.
 * It lives as long as the (cached) context and is closed with it. Needs {@code sdk-sandbox} as a test dependency.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureCouncilPlatformSandbox
 * class PermitServiceTest {
 *   @Autowired Sandbox sandbox;
 *   @Autowired NotifyApi notify;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureCouncilPlatformSandbox {}
