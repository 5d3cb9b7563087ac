/**
 * The starter's settings, bound from {@code council-platform.notify.*}, {@code council-platform.pay.*},
 * {@code council-platform.one-login.*} and {@code council-platform.inbound.*}. Secrets in them never appear in
 * {@code toString()}, and the starter's sanitising function hides them from {@code /actuator/env} and
 * {@code /actuator/configprops}.
 */
package io.github.councilplatform.spring.boot.properties;
