/**
 * Test support: {@link io.github.councilplatform.spring.boot.test.AutoConfigureCouncilPlatformSandbox} starts the
 * SDK's sandbox for a {@code @SpringBootTest} and points every auto-configured client at it, so an application's
 * own tests need no credentials. Needs {@code sdk-sandbox} as a test dependency.
 */
package io.github.councilplatform.spring.boot.test;
