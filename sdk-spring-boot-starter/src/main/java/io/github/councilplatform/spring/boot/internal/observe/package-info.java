/** Platform calls observed through Micrometer's Observation API, and per-platform health from the clients' own view. */
package io.github.councilplatform.spring.boot.internal.observe;
