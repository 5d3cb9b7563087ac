/** Actuator support: the SDK's version in {@code /actuator/info}, and secrets kept out of {@code /env} and {@code /configprops}. */
package io.github.councilplatform.spring.boot.actuate;
