/**
 * Spring Boot auto-configuration of the Council Platform SDK: {@code NotifyClient}, one {@code PayClient} per
 * account and {@code OneLoginClient} as beans, sharing one HTTP connection pool, each backing off when the
 * application defines its own.
 */
package io.github.councilplatform.spring.boot;
