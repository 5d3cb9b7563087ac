package io.github.councilplatform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No OkHttp, Okio, Kotlin, Jackson or resilience4j type in any public signature of the SDK's public packages,
 * except the optional {@code OkHttpClient} on client builders (to share a connection pool).
 */
class PublicApiSurfaceTest {
  private static final List<String> FORBIDDEN = List.of("okhttp3.", "okio.", "kotlin.", "com.fasterxml.",
      "io.github.resilience4j.");

  @ParameterizedTest
  @ValueSource(strings = {"io.github.councilplatform.core", "io.github.councilplatform.notify",
      "io.github.councilplatform.pay", "io.github.councilplatform.identity"})
  void publicSignaturesExposeNoTransportOrJsonTypes(String pkg) throws Exception {
    List<Class<?>> classes = publicClasses(pkg);
    assertThat(classes).isNotEmpty();
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : classes) {
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(c, m, m.getGenericReturnType(), leaks);
          checkParams(c, m, leaks);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers())) {
          checkParams(c, k, leaks);
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(c, f, f.getGenericType(), leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void checkParams(Class<?> c, Executable e, List<String> leaks) {
    for (Type t : e.getGenericParameterTypes()) {
      // The one sanctioned exception: sharing a connection pool through the builders.
      if (t.getTypeName().equals("okhttp3.OkHttpClient") && e.getName().equals("httpClient")) {
        continue;
      }
      check(c, e, t, leaks);
    }
  }

  private static void check(Class<?> c, Object member, Type t, List<String> leaks) {
    String name = t.getTypeName();
    // TransportSettings is the protected hand-over from the shared builder to platform modules' builders.
    if (name.contains("core.internal.TransportSettings")) {
      return;
    }
    for (String f : FORBIDDEN) {
      if (name.contains(f)) {
        leaks.add(c.getName() + " " + member + " exposes " + name);
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> publicClasses(String pkg) throws IOException, URISyntaxException,
      ClassNotFoundException {
    String path = pkg.replace('.', '/');
    List<Class<?>> out = new ArrayList<>();
    Enumeration<URL> roots = PublicApiSurfaceTest.class.getClassLoader().getResources(path);
    while (roots.hasMoreElements()) {
      URL url = roots.nextElement();
      List<String> names = new ArrayList<>();
      if (url.getProtocol().equals("jar")) {
        JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String n = e.nextElement().getName();
          if (n.startsWith(path + "/") && n.indexOf('/', path.length() + 1) < 0 && n.endsWith(".class")) {
            names.add(n);
          }
        }
      } else {
        File dir = new File(url.toURI());
        String[] files = dir.list();
        Stream.of(files == null ? new String[0] : files).filter(n -> n.endsWith(".class"))
            .forEach(n -> names.add(path + "/" + n));
      }
      for (String n : names) {
        Class<?> c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false,
            PublicApiSurfaceTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
