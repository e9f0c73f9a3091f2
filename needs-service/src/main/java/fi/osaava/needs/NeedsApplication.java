package fi.osaava.needs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NeedsApplication {

    public static void main(String[] args) {
        SpringApplication.run(NeedsApplication.class, args);
    }
}
