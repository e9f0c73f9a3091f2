package fi.osaava.membership.identity.signin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in form (Spring Security's form login processes its POST to {@code /login}) and the page asking to
 * confirm signing out (its POST to {@code /logout}). {@code ?error} is a refused sign-in, {@code ?logout} a
 * finished sign-out.
 */
@Controller
class SignInController {

    private final SignInLanguage languages = new SignInLanguage();

    @GetMapping("/login")
    String signIn(HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean refused = request.getParameter("error") != null;
        HttpSession session = request.getSession(false);
        Object typed = session == null ? null : session.getAttribute(SignInFailure.USERNAME);
        if (session != null && !refused) {
            session.removeAttribute(SignInFailure.USERNAME);
        }
        model.addAttribute("refused", refused);
        model.addAttribute("signedOut", request.getParameter("logout") != null);
        model.addAttribute("username", refused && typed instanceof String username ? username : "");
        return page("signin/login", request, response, model);
    }

    @GetMapping("/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page("signin/logout", request, response, model);
    }

    private String page(String view, HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = languages.of(request, response);
        model.addAttribute("language", language);
        model.addAttribute("languageLinks", languageLinks(request));
        return view;
    }

    /** This very page (its query kept: the error stays shown) in each language. */
    private static Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : SignInLanguage.SUPPORTED) {
            links.put(language, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam(SignInLanguage.PARAMETER, language).build().toUriString());
        }
        return links;
    }
}
