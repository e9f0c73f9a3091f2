package fi.osaava.membership.identity.signin;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refused sign-in goes back to the form ({@code /login?error}, as Spring Security's default does), and the form
 * shows the username the person typed again: only the password is to be typed anew.
 */
public final class SignInFailure implements AuthenticationFailureHandler {

    static final String USERNAME = SignInFailure.class.getName() + ".USERNAME";
    /** Longer than any e-mail address; what is longer is not kept. */
    private static final int LONGEST = 320;

    private final AuthenticationFailureHandler backToTheForm;

    public SignInFailure(String loginPage) {
        this.backToTheForm = new SimpleUrlAuthenticationFailureHandler(loginPage + "?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= LONGEST) {
            request.getSession().setAttribute(USERNAME, username);
        }
        backToTheForm.onAuthenticationFailure(request, response, exception);
    }
}
