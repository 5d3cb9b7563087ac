package io.github.councilplatform.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A council service as small as it gets: the starter does the rest. */
@SpringBootApplication
public class StarterTestApplication {}
